public class Main {
    public static void main(String[] args) {
        Widget w = new Widget();
    }
}
// error: 3:9: cannot find symbol
// error: 3:24: cannot find symbol
