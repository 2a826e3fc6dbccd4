public class Main {
    public static void main(String[] args) {
        String[] names = {"Ann", "Bob", "Cid"};
        double[] weightsKg = {55.0, 82.5, 110.2};
        double[] heightsM = {1.62, 1.80, 1.75};
        for (int i = 0; i < names.length; i++) {
            double bmi = weightsKg[i] / (heightsM[i] * heightsM[i]);
            String category;
            if (bmi < 18.5) {
                category = "Underweight";
            } else if (bmi < 25) {
                category = "Normal";
            } else if (bmi < 30) {
                category = "Overweight";
            } else {
                category = "Obese";
            }
            System.out.printf("%s: BMI = %.1f (%s)%n", names[i], bmi, category);
        }
    }
}
// An ordinary teaching program, not written for this compiler; expected: java 17's (OpenJDK) output, checked by running it.
// expect: Ann: BMI = 21.0 (Normal)
// expect: Bob: BMI = 25.5 (Overweight)
// expect: Cid: BMI = 36.0 (Obese)
