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

// java.io's writers. A Writer takes text; StringWriter keeps it, OutputStreamWriter sends it to System.out
// or System.err through an encoder's buffer of 8192 bytes (java's StreamEncoder: a write that finds the
// buffer full sends it first, so text reaches the stream in blocks of 8192, one block behind), and
// BufferedWriter holds 8192 characters before passing them on. PrintWriter over System.out is a
// PrintWriter over a BufferedWriter over an OutputStreamWriter, as java builds it: what is never flushed
// or closed is never printed.
abstract class Writer implements Closeable {
    public abstract void write(String s) throws IOException;

    public void write(int c) throws IOException {
        write(String.valueOf((char) c));
    }

    public void write(char[] chars) throws IOException {
        write(new String(chars));
    }

    public Writer append(char c) throws IOException {
        write(String.valueOf(c));
        return this;
    }

    public Writer append(String s) throws IOException {
        write(String.valueOf(s));
        return this;
    }

    public abstract void flush() throws IOException;

    public abstract void close() throws IOException;
}

class StringWriter extends Writer {
    private final StringBuilder text = new StringBuilder();

    public StringWriter() {
    }

    public void write(String s) {
        text.append(s);
    }

    public void write(int c) {
        text.append((char) c);
    }

    public StringWriter append(char c) {
        text.append(c);
        return this;
    }

    public StringWriter append(String s) {
        text.append(s);
        return this;
    }

    public String toString() {
        return text.toString();
    }

    public void flush() {
    }

    public void close() throws IOException {
    }
}

class OutputStreamWriter extends Writer {
    private final boolean err;
    private final StringBuilder bytes = new StringBuilder();

    public OutputStreamWriter(PrintStream out) {
        err = out == System.err;
    }

    public void write(String s) throws IOException {
        int i = 0;
        while (i < s.length()) {
            if (bytes.length() == 8192) {
                send();
            }
            int n = Math.min(8192 - bytes.length(), s.length() - i);
            bytes.append(s.substring(i, i + n));
            i += n;
        }
    }

    private void send() {
        if (err) {
            System.err.print(bytes.toString());
        } else {
            System.out.print(bytes.toString());
        }
        bytes.setLength(0);
    }

    public void flush() throws IOException {
        if (bytes.length() > 0) {
            send();
        }
    }

    public void close() throws IOException {
        flush();
    }
}

class BufferedWriter extends Writer {
    private final Writer out;
    private final StringBuilder chars = new StringBuilder();

    public BufferedWriter(Writer out) {
        this.out = out;
    }

    public void write(String s) throws IOException {
        int i = 0;
        while (i < s.length()) {
            int n = Math.min(8192 - chars.length(), s.length() - i);
            chars.append(s.substring(i, i + n));
            i += n;
            if (chars.length() >= 8192) {
                pass();
            }
        }
    }

    public void write(int c) throws IOException {
        if (chars.length() >= 8192) {
            pass();
        }
        chars.append((char) c);
    }

    public void newLine() throws IOException {
        write("\n");
    }

    private void pass() throws IOException {
        if (chars.length() > 0) {
            out.write(chars.toString());
            chars.setLength(0);
        }
    }

    public void flush() throws IOException {
        pass();
        out.flush();
    }

    public void close() throws IOException {
        flush();
        out.close();
    }
}

// printf and format are String.format's text printed (the checker writes pw.printf(f, args) as
// pw.printf(String.format(f, args))).
class PrintWriter extends Writer {
    private final Writer out;
    private final boolean autoFlush;

    public PrintWriter(PrintStream out) {
        this(out, false);
    }

    public PrintWriter(PrintStream out, boolean autoFlush) {
        this.out = new BufferedWriter(new OutputStreamWriter(out));
        this.autoFlush = autoFlush;
    }

    public PrintWriter(Writer out) {
        this(out, false);
    }

    public PrintWriter(Writer out, boolean autoFlush) {
        this.out = out;
        this.autoFlush = autoFlush;
    }

    public void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
        }
    }

    public void write(int c) {
        write(String.valueOf((char) c));
    }

    public void write(char[] chars) {
        write(new String(chars));
    }

    public PrintWriter append(char c) {
        write(String.valueOf(c));
        return this;
    }

    public PrintWriter append(String s) {
        write(String.valueOf(s));
        return this;
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
        }
    }

    public void close() {
        try {
            out.close();
        } catch (IOException e) {
        }
    }

    public void print(String s) {
        write(String.valueOf(s));
    }

    public void print(Object o) {
        write(String.valueOf(o));
    }

    public void print(char[] chars) {
        write(new String(chars));
    }

    public void print(int x) {
        write(String.valueOf(x));
    }

    public void print(long x) {
        write(String.valueOf(x));
    }

    public void print(char x) {
        write(String.valueOf(x));
    }

    public void print(boolean x) {
        write(String.valueOf(x));
    }

    public void print(double x) {
        write(String.valueOf(x));
    }

    public void print(float x) {
        write(String.valueOf(x));
    }

    public void println() {
        write("\n");
        if (autoFlush) {
            flush();
        }
    }

    public void println(String s) {
        print(s);
        println();
    }

    public void println(Object o) {
        print(String.valueOf(o));
        println();
    }

    public void println(char[] chars) {
        print(chars);
        println();
    }

    public void println(int x) {
        print(x);
        println();
    }

    public void println(long x) {
        print(x);
        println();
    }

    public void println(char x) {
        print(x);
        println();
    }

    public void println(boolean x) {
        print(x);
        println();
    }

    public void println(double x) {
        print(x);
        println();
    }

    public void println(float x) {
        print(x);
        println();
    }

    public PrintWriter printf(String text) {
        write(text);
        if (autoFlush) {
            flush();
        }
        return this;
    }

    public PrintWriter format(String text) {
        return printf(text);
    }
}
