// Names outside ASCII for classes, fields, methods and locals, as javac accepts them.
public class Main {
    static int zähler = 3;

    static class Größe {
        int wert;

        Größe(int wert) {
            this.wert = wert;
        }
    }

    static int fünf() {
        return 5;
    }

    public static void main(String[] args) {
        Größe σ = new Größe(zähler + fünf());
        int $betrag_2 = σ.wert * 2;
        System.out.println(zähler + " " + fünf() + " " + σ.wert + " " + $betrag_2);
    }
}
// expect: 3 5 8 16
