/** The bare chat server on its own (the chat benchmark's BENCH_SEPARATE mode): DATABASE_URL, PORT. */
import { startBareChatServer } from './bare-chat-server';

void startBareChatServer(process.env.DATABASE_URL ?? '', Number(process.env.PORT)).then(() => console.log('ready'));
