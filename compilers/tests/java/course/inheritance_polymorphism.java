// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;

public class Main {
    static abstract class Employee implements Comparable<Employee> {
        private static int count;
        protected final String name;
        protected final double baseSalary;
        private final int id;

        protected Employee(String name, double baseSalary) {
            this.name = name;
            this.baseSalary = baseSalary;
            this.id = ++count;
        }

        abstract double pay();

        String role() {
            return "Employee";
        }

        public int compareTo(Employee o) {
            return Double.compare(o.pay(), pay());
        }

        @Override
        public String toString() {
            return String.format("#%d %-8s %-9s %10.2f", id, name, role(), pay());
        }

        static int count() {
            return count;
        }
    }

    static class Manager extends Employee {
        private final List<Employee> reports = new ArrayList<>();

        Manager(String name, double base) {
            super(name, base);
        }

        void addReport(Employee e) {
            reports.add(e);
        }

        @Override
        double pay() {
            return baseSalary * 1.1 + 500 * reports.size();
        }

        @Override
        String role() {
            return "Manager";
        }
    }

    static class Engineer extends Employee {
        protected int level;

        Engineer(String name, double base, int level) {
            super(name, base);
            this.level = level;
        }

        @Override
        double pay() {
            return baseSalary + level * 1000;
        }

        @Override
        String role() {
            return "Engineer" + level;
        }
    }

    static class Intern extends Engineer {
        Intern(String name) {
            super(name, 1200, 0);
        }

        @Override
        double pay() {
            return super.pay() / 2;
        }

        @Override
        String role() {
            return "Intern(" + super.role() + ")";
        }
    }

    public static void main(String[] args) {
        Manager boss = new Manager("Ada", 9000);
        Employee[] staff = {boss, new Engineer("Charles", 7000, 3), new Intern("Mary"), new Engineer("Alan", 6500, 2)};
        for (int i = 1; i < staff.length; i++) boss.addReport(staff[i]);
        Arrays.sort(staff);
        for (Employee e : staff) System.out.println(e);
        double total = 0;
        int engineers = 0;
        for (Employee e : staff) {
            total += e.pay();
            if (e instanceof Engineer eng && !(e instanceof Intern)) {
                engineers++;
                eng.level++;
            }
        }
        System.out.printf("total %.2f, %d engineers, %d employees%n", total, engineers, Employee.count());
        System.out.println(staff[1] + " | " + staff[1].getClass().getName() + " " + (staff[1] instanceof Comparable));
        Object o = staff[3];
        try {
            Manager m = (Manager) o;
            System.out.println(m);
        } catch (ClassCastException e) {
            System.out.println("not a manager: " + e.getClass().getSimpleName());
        }
        List<Employee> list = new ArrayList<>(Arrays.asList(staff));
        list.sort(Comparator.comparing((Employee e) -> e.role()).thenComparing(e -> e.name));
        for (Employee e : list) System.out.print(e.name + " ");
        System.out.println();
    }
}
// expect: #1 Ada      Manager     11400.00
// expect: #2 Charles  Engineer3   10000.00
// expect: #4 Alan     Engineer2    8500.00
// expect: #3 Mary     Intern(Engineer0)     600.00
// expect: total 30500.00, 2 engineers, 4 employees
// expect: #2 Charles  Engineer4   11000.00 | Main$Engineer true
// expect: not a manager: ClassCastException
// expect: Alan Charles Mary Ada 
