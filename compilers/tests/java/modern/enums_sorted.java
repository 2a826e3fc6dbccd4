import java.util.*;

public class Main {
    enum Planet { MERCURY, VENUS, EARTH, MARS }

    public static void main(String[] args) {
        List<Planet> ps = new ArrayList<>(List.of(Planet.MARS, Planet.MERCURY, Planet.EARTH, Planet.VENUS));
        Collections.sort(ps);
        System.out.println(ps + " " + Collections.max(ps) + " " + Planet.EARTH.compareTo(Planet.VENUS));
        TreeMap<Planet, Integer> moons = new TreeMap<>();
        moons.put(Planet.MARS, 2);
        moons.put(Planet.EARTH, 1);
        moons.put(Planet.MERCURY, 0);
        System.out.println(moons + " " + moons.firstKey());
        TreeSet<Planet> seen = new TreeSet<>(List.of(Planet.VENUS, Planet.MERCURY, Planet.VENUS));
        System.out.println(seen);
        Map<String, Planet> byName = new HashMap<>();
        for (Planet p : Planet.values()) {
            byName.put(p.name().toLowerCase(), p);
        }
        System.out.println(byName);
    }
}
// expect: [MERCURY, VENUS, EARTH, MARS] MARS 1
// expect: {MERCURY=0, EARTH=1, MARS=2} MERCURY
// expect: [MERCURY, VENUS]
// expect: {venus=VENUS, mercury=MERCURY, mars=MARS, earth=EARTH}
