/** The bare chat server in a process of its own (how the chat benchmark runs it by default): DATABASE_URL, PORT. */
import { startBareChatServer } from './bare-chat-server';

void startBareChatServer(process.env.DATABASE_URL ?? '', Number(process.env.PORT)).then((server) => {
  console.log('ready');
  // A clean exit on SIGTERM, so that Node flags such as --cpu-prof write their output.
  process.once('SIGTERM', () => void server.close().finally(() => process.exit(0)));
});
