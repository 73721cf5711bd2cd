/** The bare chat server on its own (the chat benchmark's BENCH_SEPARATE mode): DATABASE_URL, PORT. */
import { startBareChatServer } from './bare-chat-server';

void startBareChatServer(process.env.DATABASE_URL ?? '', Number(process.env.PORT)).then((server) => {
  console.log('ready');
  // A clean exit on SIGTERM, so that Node flags such as --cpu-prof write their output.
  process.once('SIGTERM', () => void server.close().finally(() => process.exit(0)));
});
