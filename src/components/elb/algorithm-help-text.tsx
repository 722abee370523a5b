/** What a load balancing algorithm suits, with the connection kinds it names explained by the glossary. */
import { Trans, useTranslation } from 'react-i18next';
import type { LbAlgorithm } from '../../../contract/elb-v2/pool-protocols';
import { GlossaryTerm } from '../glossary-term';

export function AlgorithmHelpText({ algorithm }: { algorithm: LbAlgorithm }) {
  const { t } = useTranslation('elb');
  return (
    <Trans
      t={t}
      i18nKey={`pool.algorithmHelp.${algorithm}`}
      components={{
        short: <GlossaryTerm term="shortConnection" />,
        persistent: <GlossaryTerm term="persistentConnection" />,
      }}
    />
  );
}
