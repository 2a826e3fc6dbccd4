public class Main {
    interface Named {
        default String label() {
            return getClass().getSimpleName() + "/" + toString() + "/" + (hashCode() == 7) + "/" + equals(this);
        }
    }

    static class Dog implements Named {
        public String toString() {
            return "rex";
        }

        public int hashCode() {
            return 7;
        }
    }

    public static void main(String[] args) {
        System.out.println(new Dog().label());
        Named anon = new Named() {
            public String toString() {
                return "anon";
            }
        };
        System.out.println(anon.label().substring(1));
    }
}
// expect: Dog/rex/true/true
// expect: anon/false/true
