package org.asskomm.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over one keep-alive socket bound to a chosen local address (127.0.0.2, 127.0.0.3 ... are all loopback
 * on Linux): distinct client sources without a proxy, since the API believes X-Forwarded-For from nobody by default.
 */
final class RawHttp implements AutoCloseable {

    record Reply(int status, Map<String, String> headers, String body) {
    }

    private final String local;
    private final int port;
    private Socket socket;

    RawHttp(String local, int port) {
        this.local = local;
        this.port = port;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Socket open(String local, int port) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(local, 0));
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        s.setSoTimeout(30_000);
        return s;
    }

    Reply send(String method, String path, Map<String, String> headers, String body) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                if (socket == null || socket.isClosed()) {
                    socket = open(local, port);
                }
                return exchange(method, path, headers, body);
            } catch (IOException e) {
                close();
                if (attempt == 1) {
                    throw e;
                }
            }
        }
    }

    private Reply exchange(String method, String path, Map<String, String> headers, String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(content);
        out.flush();
        InputStream in = socket.getInputStream();
        String status = line(in);
        if (status == null) {
            throw new IOException("connection closed");
        }
        Map<String, String> replyHeaders = new LinkedHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            replyHeaders.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(replyHeaders.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                bytes.write(in.readNBytes(size));
                line(in);
            }
            line(in);
        } else if (replyHeaders.containsKey("content-length")) {
            bytes.write(in.readNBytes(Integer.parseInt(replyHeaders.get("content-length"))));
        }
        if ("close".equalsIgnoreCase(replyHeaders.get("connection"))) {
            close();
        }
        return new Reply(Integer.parseInt(status.split(" ")[1]), replyHeaders, bytes.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '\n') {
                return sb.toString().replace("\r", "");
            }
            sb.append((char) c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
