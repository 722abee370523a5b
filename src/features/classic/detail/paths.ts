/** Where the classic pages live (src/app/router.tsx), for links between them. */
export const CLASSIC_LIST_PATH = '/load-balancers?type=classic';
export const classicLbPath = (id: string, tab?: string) => `/load-balancers/classic/${id}${tab ? `?tab=${tab}` : ''}`;
/** The help feature's "Differences Between Classic and Enhanced Load Balancers" page. */
export const DIFFERENCES_PATH = '/help/classic-vs-enhanced';
