/**
 * The guide's basic concepts (guide/service_overview/product_concepts/basic_concepts.rst, FEATURES
 * §1.8), plus the console's own recurring terms. Each term's name and definition are in the `help`
 * namespace (`glossary.<term>.name` / `.definition`); the Overview page lists them and
 * `<GlossaryTerm>` shows one as a tooltip wherever the term labels a field or column.
 */
export const glossaryTerms = [
  'loadBalancer',
  'listener',
  'backendServer',
  'backendServerGroup',
  'healthCheck',
  'forwardingPolicy',
  'redirect',
  'stickySession',
  'webSocket',
  'sni',
  'persistentConnection',
  'shortConnection',
  'concurrentConnection',
  'eip',
] as const;

export type GlossaryTermId = (typeof glossaryTerms)[number];
