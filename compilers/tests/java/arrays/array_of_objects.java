public class Main {
    public static void main(String[] args) {
        Item[] items = new Item[3];
        items[0] = new Item("gear", 4);
        items[1] = new Item("card", 10);
        items[2] = new Item("lever", 1);
        int best = 0;
        for (int i = 1; i < items.length; i++) if (items[i].weight > items[best].weight) best = i;
        System.out.println("heaviest " + items[best].name);
        Item[][] shelf = new Item[2][2];
        shelf[1][0] = items[2];
        System.out.println(shelf[0][0] + " " + shelf[1][0].name);
    }
}

class Item {
    String name;
    int weight;
    Item(String name, int weight) { this.name = name; this.weight = weight; }
}
// expect: heaviest card
// expect: null lever
