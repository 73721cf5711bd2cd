import { createServer, type Server as HttpServer } from 'node:http';
import { Pool } from 'pg';
import { Server } from 'socket.io';

/**
 * The floor the chat benchmark compares Peerhub with: a socket.io server that only INSERTs each
 * message into one table and broadcasts it to the room. No auth, no ORM, no checks.
 */
export async function startBareChatServer(databaseUrl: string, port: number): Promise<{ close: () => Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  await pool.query('CREATE TABLE IF NOT EXISTS bare_message (id bigserial PRIMARY KEY, room text NOT NULL, client_id text NOT NULL, body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())');
  const http: HttpServer = createServer();
  const io = new Server(http, { serveClient: false, transports: ['websocket'] });
  io.on('connection', (socket) => {
    socket.on('join', async (room: string, ack: () => void) => {
      await socket.join(room);
      ack();
    });
    socket.on('send', async (msg: { room: string; clientId: string; body: string }, ack: (r: { id: string }) => void) => {
      const { rows } = await pool.query<{ id: string }>('INSERT INTO bare_message (room, client_id, body) VALUES ($1, $2, $3) RETURNING id', [msg.room, msg.clientId, msg.body]);
      ack({ id: rows[0]!.id });
      io.to(msg.room).emit('new', { id: rows[0]!.id, clientId: msg.clientId, body: msg.body });
    });
  });
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  return {
    close: async () => {
      await io.close();
      await pool.end();
    },
  };
}
