import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Sets the mode of named entries in a tar.gz (java TarModes.java <tar.gz> <path suffix>=<octal mode> ...).
 * karaf-maven-plugin writes every file outside bin/ with 0644 whatever the file system says, so the secrets
 * of etc/ would unpack world-readable; this rewrites the mode field (and header checksum) of those entries and
 * copies everything else byte for byte. Fails if a named entry is missing.
 */
public class TarModes {

    public static void main(String[] args) throws IOException {
        Path archive = Path.of(args[0]);
        Map<String, Integer> modes = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            modes.put(kv[0], Integer.parseInt(kv[1], 8));
        }
        Path tmp = archive.resolveSibling(archive.getFileName() + ".tmp");
        Map<String, Integer> missing = new LinkedHashMap<>(modes);
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive))));
             OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            byte[] header = new byte[512];
            while (true) {
                try {
                    in.readFully(header);
                } catch (EOFException e) {
                    break;
                }
                if (isZero(header)) {
                    out.write(header);
                    continue;
                }
                String name = field(header, 345, 155).isEmpty() ? field(header, 0, 100)
                        : field(header, 345, 155) + "/" + field(header, 0, 100);
                for (Map.Entry<String, Integer> m : modes.entrySet()) {
                    if (name.endsWith("/" + m.getKey())) {
                        setMode(header, m.getValue());
                        missing.remove(m.getKey());
                        System.out.printf("TarModes: %s -> %o%n", name, m.getValue());
                    }
                }
                out.write(header);
                long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
                copy(in, out, (size + 511) / 512 * 512);
            }
        }
        if (!missing.isEmpty()) {
            Files.delete(tmp);
            throw new IllegalStateException("not in " + archive + ": " + missing.keySet());
        }
        Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void setMode(byte[] header, int mode) {
        byte[] octal = String.format("%07o\0", mode).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(octal, 0, header, 100, 8);
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        byte[] check = String.format("%06o\0 ", sum).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(check, 0, header, 148, 8);
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static void copy(InputStream in, OutputStream out, long bytes) throws IOException {
        byte[] buffer = new byte[65536];
        while (bytes > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, bytes));
            if (n < 0) {
                throw new EOFException();
            }
            out.write(buffer, 0, n);
            bytes -= n;
        }
    }
}
