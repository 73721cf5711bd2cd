// The exchanges feature's public surface: the shell listens for notices; the group page lists a group's upcoming exchanges.
export { useExchange } from './api/get-exchange';
export { exchangesQueryOptions, useExchanges } from './api/get-exchanges';
export { ExchangeNotices } from './components/exchange-notices';
export { GroupExchanges } from './components/group-exchanges';
