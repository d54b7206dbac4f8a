package radio.sim.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * The 31 K2 planet hosts of the seed workflow (spacekit's {@code K2_confirmed_planets}), with their real EPIC ids
 * and planet names as the NASA Exoplanet Archive table {@code k2names} listed them in May 2021
 * ({@code shared/fixtures/exoplanet-archive/ropensci-exoplanets/tap_k2names_all.csv}). Only these identifiers
 * are real; positions, magnitudes and transit parameters are generated.
 *
 * <p>Two hosts are special on purpose:
 * <ul>
 *   <li><b>K2-76</b> is absent from that 2021 table. It stays absent from the simulated {@code k2names}, but the
 *       resolver knows its name, so a client must fall back to name resolution and a positional search. Its
 *       EPIC id here, {@value #K2_76_SYNTHETIC_EPIC}, is <em>synthetic</em> (not the star's real id).</li>
 *   <li><b>K2-1</b> (WASP-28) is EPIC 60017806, a target of the February 2014 engineering test. The simulated
 *       MAST lists one long-cadence observation for it (modelled as campaign 0) carrying only a target pixel
 *       file: there is <em>no pipeline LLC light curve</em>, so a client must report that clearly.</li>
 * </ul>
 */
public final class SeedTargets {

    /** The synthetic EPIC id given to K2-76, which has no row in the real 2021 {@code k2names} table. */
    public static final long K2_76_SYNTHETIC_EPIC = 206999076L;

    /** EPIC id of K2-1 (WASP-28), an engineering-test target without a pipeline light curve. */
    public static final long K2_1_EPIC = 60017806L;

    /**
     * One seed host.
     *
     * @param k2Host      the K2 host name used in the seed list, e.g. {@code K2-21}
     * @param epic        EPIC id
     * @param archiveHost the archive's host name ({@code hostname} in {@code pscomppars})
     * @param planets     planet letter and archive planet name ({@code pl_name}), in letter order
     * @param inK2Names   whether {@code k2names} lists it
     */
    public record Seed(String k2Host, long epic, String archiveHost, List<SeedPlanet> planets, boolean inK2Names) {
        public Seed {
            Objects.requireNonNull(k2Host, "k2Host");
            Objects.requireNonNull(archiveHost, "archiveHost");
            planets = List.copyOf(planets);
        }
    }

    /** A planet letter and the archive's default planet name. */
    public record SeedPlanet(char letter, String plName) {
    }

    private static final List<Seed> SEEDS = List.of(
            seed("K2-1", K2_1_EPIC, "WASP-28", "b:WASP-28 b"),
            seed("K2-21", 206011691L, "K2-21", "b", "c"),
            seed("K2-28", 206318379L, "K2-28", "b"),
            seed("K2-39", 206247743L, "K2-39", "b"),
            seed("K2-54", 205916793L, "K2-54", "b"),
            seed("K2-55", 205924614L, "K2-55", "b"),
            seed("K2-57", 206026136L, "K2-57", "b"),
            seed("K2-58", 206026904L, "K2-58", "b", "c", "d"),
            seed("K2-59", 206027655L, "K2-59", "b", "c"),
            seed("K2-60", 206038483L, "K2-60", "b"),
            seed("K2-61", 206044803L, "K2-61", "b"),
            seed("K2-62", 206096602L, "K2-62", "b", "c"),
            seed("K2-63", 206101302L, "K2-63", "b", "c"),
            seed("K2-64", 206125618L, "K2-64", "b"),
            seed("K2-65", 206144956L, "K2-65", "b"),
            seed("K2-66", 206153219L, "K2-66", "b"),
            seed("K2-68", 206159027L, "K2-68", "b"),
            seed("K2-70", 206181769L, "K2-70", "b"),
            seed("K2-71", 206192813L, "K2-71", "b"),
            seed("K2-72", 206209135L, "K2-72", "b", "c", "d", "e"),
            seed("K2-73", 206245553L, "K2-73", "b"),
            seed("K2-74", 206268299L, "K2-74", "b"),
            seed("K2-75", 206348688L, "K2-75", "b", "c"),
            new Seed("K2-76", K2_76_SYNTHETIC_EPIC, "K2-76", List.of(new SeedPlanet('b', "K2-76 b")), false),
            seed("K2-116", 206119924L, "K2-116", "b"),
            seed("K2-167", 205904628L, "K2-167", "b"),
            seed("K2-168", 205950854L, "K2-168", "b", "c:EPIC 205950854 c"),
            seed("K2-169", 206007892L, "K2-169", "b"),
            seed("K2-170", 206008091L, "K2-170", "b", "c"),
            seed("K2-171", 206049764L, "K2-171", "b"),
            seed("K2-172", 206082454L, "K2-172", "b", "c"));

    private SeedTargets() {
    }

    /** The 31 seed hosts in the order of the seed list. */
    public static List<Seed> all() {
        return SEEDS;
    }

    /** "b" means letter b named "{host} b"; "c:Other c" gives an archive name that differs from the K2 name. */
    private static Seed seed(String k2Host, long epic, String archiveHost, String... planets) {
        List<SeedPlanet> list = java.util.Arrays.stream(planets).map(p -> {
            char letter = p.charAt(0);
            String plName = p.length() > 2 ? p.substring(2) : k2Host + " " + letter;
            return new SeedPlanet(letter, plName);
        }).toList();
        return new Seed(k2Host, epic, archiveHost, list, true);
    }
}
