/**
 * The Node flags every API process runs with: `npm start` (apps/api package.json), the cluster
 * (cluster/start-cluster.ts), the container (infra/Dockerfile) and `npm run bench:chat`, which
 * runs both of its servers the way production does. Keep those in step with this list.
 *
 * --max-semi-space-size=64 (MB): each chat message the API handles allocates some 80 KB on its
 * way through socket.io, Nest and pg. With Node's default young generation the API collected it
 * every 350 ms at 400 messages/s, each time holding every message in flight for 5 to 20 ms, and
 * that was most of the chat's p99 (docs/performance.md). A larger young generation is collected
 * four times less often for about the same pause, for up to 128 MB more memory per process.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=64'];
