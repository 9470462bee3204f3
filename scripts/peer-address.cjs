// Loaded into the `next start` process by scripts/start.ts (`node --require`). Next.js keeps an
// X-Forwarded-For a client sent as it is, so the address of the socket, the only one a client
// cannot choose, is otherwise lost to route handlers. This stamps it on every request under a
// header of our own, replacing anything a client sent under that name; lib/auth/client-address.ts
// reads it only when this file marked the process as stamping.
const http = require("node:http");

process.env.MERIDIAN_PEER_STAMPED = "1";
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithPeer(event, req, ...rest) {
  if (event === "request" && req && req.headers) req.headers["x-meridian-peer"] = req.socket?.remoteAddress ?? "";
  return emit.call(this, event, req, ...rest);
};
