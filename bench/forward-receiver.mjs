// The app for the forwarder's warm benchmark, in a process of its own so that its CPU time is not
// counted as the forwarder's: answers 200 to every POST; GET / answers how many bytes the POSTs'
// connections carried (requests with their headers) and how many POSTs came. Prints its port. Plain JS.
import { createServer } from 'node:http';

const bytesBySocket = new Map();
let requests = 0;
const server = createServer((req, res) => {
  if (req.method === 'GET') {
    // Not the asking connection's own bytes.
    let bytes = 0;
    for (const [socket, n] of bytesBySocket) if (socket !== req.socket) bytes += n;
    return void res.end(JSON.stringify({ bytes, requests }));
  }
  requests += 1;
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
});
server.on('connection', (socket) => {
  bytesBySocket.set(socket, 0);
  socket.on('data', (chunk) => bytesBySocket.set(socket, bytesBySocket.get(socket) + chunk.length));
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
