// java.io's reading of standard input: System.in.read() is the Engine's character input (-1 at the end).

class IOException extends Exception {
    IOException() {
    }

    IOException(String message) {
        super(message);
    }
}

class InputStream {
    public int read() throws IOException {
        return System.in.read();
    }
}

class InputStreamReader {
    public InputStreamReader(InputStream in) {
    }

    public int read() throws IOException {
        return System.in.read();
    }
}

// A resource whose close() may throw an IOException (try-with-resources closes it).
interface Closeable extends AutoCloseable {
    void close() throws IOException;
}

class BufferedReader implements Closeable {
    public BufferedReader(InputStreamReader in) {
    }

    public int read() throws IOException {
        return System.in.read();
    }

    // A line without its terminator ("\n", "\r\n"), or null at the end of the input.
    public String readLine() throws IOException {
        int c = System.in.read();
        if (c == -1) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        while (c != -1 && c != '\n') {
            sb.append((char) c);
            c = System.in.read();
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == '\r') {
            return sb.toString().substring(0, n - 1);
        }
        return sb.toString();
    }

    public void close() throws IOException {
    }
}
