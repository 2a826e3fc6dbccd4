public class Main {
    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 4; c++) grid[r][c] = r * 10 + c;
        for (int[] row : grid) {
            for (int v : row) System.out.print(v + " ");
            System.out.println();
        }
        int[][] tri = {{1}, {1, 1}, {1, 2, 1}, {1, 3, 3, 1}};
        System.out.println(tri.length + " " + tri[3].length + " " + tri[3][1]);
        int[][] jag = new int[2][];
        jag[0] = new int[]{5, 6};
        jag[1] = new int[3];
        System.out.println(jag[0][1] + jag[1].length);
    }
}
// expect: 0 1 2 3 
// expect: 10 11 12 13 
// expect: 20 21 22 23 
// expect: 4 4 3
// expect: 9
