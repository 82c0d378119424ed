// The reference for bench/serve.ts: a bare node:http server that reads the request body and answers a
// constant JSON body of the shape a prediction has. Nothing a model server could do is faster than this.
// With --parse it also JSON.parses each body (the reference for a server that must read the request).
//   node bench/serve-bare.ts [--parse]   (prints its URL)
import { createServer } from "node:http";

const body = JSON.stringify({ predictions: [[0.01, 0.9, 0.09]] });
const length = String(Buffer.byteLength(body));
const parse = process.argv.includes("--parse");
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    if (parse) JSON.parse(Buffer.concat(chunks).toString("utf8"));
    res.writeHead(200, ["content-type", "application/json", "content-length", length]);
    res.end(body);
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  console.log(`listening at http://127.0.0.1:${port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
