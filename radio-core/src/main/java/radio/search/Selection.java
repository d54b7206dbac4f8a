package radio.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import radio.archive.mast.CaomFilter;
import radio.archive.mast.DataProduct;
import radio.archive.mast.Observation;

/**
 * Which observations and products of a target are wanted. Every part is optional: an empty selection keeps
 * everything except full-frame-image groups. {@code radio search K2-18 --mission K2 --exptime 1800 --product LLC}
 * is spacekit's selection (K2 long-cadence pipeline light curves).
 *
 * <p>What MAST can apply itself is sent with the observation query ({@link #serverFilters()}, in lightkurve's
 * order: {@code project}, {@code provenance_name}, {@code sequence_number}, {@code t_exptime}, then the criteria);
 * everything is checked again here on each row, since positional queries without filters return every mission.
 *
 * @param mission      matches {@code obs_collection} or {@code project}, ignoring case ({@code K2} keeps the K2
 *                     pipeline rows and the K2 HLSP rows, whose project is K2); sent as {@code project} for the
 *                     missions radio knows ({@link Mission})
 * @param authors      {@code provenance_name} (pipeline or HLSP: {@code K2}, {@code Kepler}, {@code SPOC},
 *                     {@code K2SFF}, {@code EVEREST}, {@code K2SC}, {@code QLP}, {@code TESS-SPOC}, ...), any of them,
 *                     ignoring case; HLSP rows are kept when their author is named, whatever the mission says
 * @param exposure     the cadence, {@code t_exptime}, as an exact value (±1 s) or a range
 * @param cadence      the cadence as a word ({@link Cadence}), per mission
 * @param seasons      Kepler quarters, K2 campaigns or TESS sectors ({@link Seasons}); implies that mission
 * @param productCodes {@code productSubGroupDescription} codes ({@code LLC}, {@code SLC}, {@code LC}, {@code TP},
 *                     {@code FLC}, {@code CAL}, ...), upper-cased; a product matches any of them
 * @param extensions   endings of {@code productFilename} ({@code lc.fits}), lower-cased, as astroquery's
 *                     {@code extension}; a product matches any of them. The way to pick HLSP light curves, whose
 *                     rows carry no file-type code
 * @param mrpOnly      keep only products whose {@code productGroupDescription} is
 *                     {@value #MINIMUM_RECOMMENDED}
 * @param criteria     proposal ids, observation ids and filters, sent to MAST
 */
public record Selection(Optional<String> mission, Set<String> authors, Optional<ExposureRange> exposure,
                        Optional<Cadence> cadence, Optional<Seasons> seasons, Set<String> productCodes,
                        Set<String> extensions, boolean mrpOnly, Criteria criteria) {
    /** The {@code productGroupDescription} of MAST's minimum recommended products. */
    public static final String MINIMUM_RECOMMENDED = "Minimum Recommended Products";

    public Selection {
        Objects.requireNonNull(mission, "mission");
        mission = mission.map(String::strip);
        if (mission.isPresent() && mission.get().isEmpty()) {
            throw new IllegalArgumentException("mission name is blank");
        }
        authors = normalised(authors, String::strip, "author");
        Objects.requireNonNull(exposure, "exposure");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(seasons, "seasons");
        productCodes = normalised(productCodes, c -> c.strip().toUpperCase(Locale.ROOT), "product code");
        extensions = normalised(extensions, e -> e.strip().toLowerCase(Locale.ROOT), "file name ending");
        Objects.requireNonNull(criteria, "criteria");
        Optional<Mission> named = mission.flatMap(Mission::parse);
        if (seasons.isPresent() && named.isPresent() && named.get() != seasons.get().mission()) {
            throw new IllegalArgumentException(Seasons.noun(seasons.get().mission()) + " are " + seasons.get().mission()
                    + "'s, not " + named.get() + "'s");
        }
        Optional<Mission> effective = named.or(() -> seasons.map(Seasons::mission));
        if (cadence.isPresent() && effective.isPresent() && !cadence.get().missions().contains(effective.get())) {
            throw new IllegalArgumentException(effective.get() + " has no " + cadence.get() + " cadence data");
        }
        if (cadence.isPresent() && exposure.isPresent() && !exposure.get().compatibleWith(cadence.get())) {
            throw new IllegalArgumentException(exposure.get() + " is not " + cadence.get() + " cadence");
        }
    }

    /** spacekit's three criteria: a mission (or none), a cadence in seconds (±1 s, or none), product codes. */
    public Selection(Optional<String> mission, OptionalDouble exptimeSeconds, Set<String> productCodes) {
        this(mission, Set.of(), exptimeSeconds.isPresent()
                        ? Optional.of(ExposureRange.around(exptimeSeconds.getAsDouble())) : Optional.empty(),
                Optional.empty(), Optional.empty(), productCodes, Set.of(), false, Criteria.none());
    }

    /** Everything. */
    public static Selection all() {
        return new Selection(Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(), Set.of(), false, Criteria.none());
    }

    /** spacekit's selection: K2, 1800 s, LLC. */
    public static Selection k2LongCadenceLightCurves() {
        return all().withMission("K2").withExposure(ExposureRange.around(1800)).withProducts(Set.of("LLC"));
    }

    public Selection withMission(String name) {
        return new Selection(Optional.of(name), authors, exposure, cadence, seasons, productCodes, extensions,
                mrpOnly, criteria);
    }

    public Selection withAuthors(Set<String> names) {
        return new Selection(mission, names, exposure, cadence, seasons, productCodes, extensions, mrpOnly, criteria);
    }

    public Selection withExposure(ExposureRange range) {
        return new Selection(mission, authors, Optional.of(range), cadence, seasons, productCodes, extensions,
                mrpOnly, criteria);
    }

    public Selection withCadence(Cadence word) {
        return new Selection(mission, authors, exposure, Optional.of(word), seasons, productCodes, extensions,
                mrpOnly, criteria);
    }

    public Selection withSeasons(Seasons wanted) {
        return new Selection(mission, authors, exposure, cadence, Optional.of(wanted), productCodes, extensions,
                mrpOnly, criteria);
    }

    public Selection withProducts(Set<String> codes) {
        return new Selection(mission, authors, exposure, cadence, seasons, codes, extensions, mrpOnly, criteria);
    }

    public Selection withExtensions(Set<String> endings) {
        return new Selection(mission, authors, exposure, cadence, seasons, productCodes, endings, mrpOnly, criteria);
    }

    public Selection withMrpOnly(boolean only) {
        return new Selection(mission, authors, exposure, cadence, seasons, productCodes, extensions, only, criteria);
    }

    public Selection withCriteria(Criteria c) {
        return new Selection(mission, authors, exposure, cadence, seasons, productCodes, extensions, mrpOnly, c);
    }

    /** The mission named, or implied by the seasons, when radio knows it. */
    public Optional<Mission> effectiveMission() {
        return mission.flatMap(Mission::parse).or(() -> seasons.map(Seasons::mission));
    }

    /**
     * The criteria MAST can apply itself, in lightkurve's order: {@code project} (a known mission),
     * {@code provenance_name} (authors), {@code sequence_number} (K2 campaigns, TESS sectors), {@code t_exptime}
     * (the exposure range, else the cadence class's bounds), then {@code proposal_id}, {@code obs_id},
     * {@code filters}.
     */
    public List<CaomFilter> serverFilters() {
        List<CaomFilter> f = new ArrayList<>();
        effectiveMission().ifPresent(m -> f.add(CaomFilter.anyOf("project", List.of(m.projectName()))));
        if (!authors.isEmpty()) {
            f.add(CaomFilter.anyOf("provenance_name", authors));
        }
        seasons.map(Seasons::serverValues).filter(v -> !v.isEmpty())
                .ifPresent(v -> f.add(CaomFilter.anyOf("sequence_number", v)));
        if (exposure.isPresent()) {
            f.add(exposure.get().serverFilter());
        } else {
            cadence.ifPresent(c -> f.add(c.serverRange()));
        }
        f.addAll(criteria.serverFilters());
        return f;
    }

    /**
     * Whether an observation is wanted: not a full-frame-image group; mission, authors, cadence and seasons as
     * selected. Criteria are MAST's to apply and are not checked again.
     */
    public boolean matches(Observation o) {
        if (o.isFullFrameImageGroup()) {
            return false;
        }
        if (mission.isPresent()) {
            String m = mission.get();
            boolean hit = o.obsCollection().equalsIgnoreCase(m) || o.project().map(m::equalsIgnoreCase).orElse(false);
            if (!hit) {
                return false;
            }
        }
        if (!authors.isEmpty()
                && !o.provenanceName().map(p -> authors.stream().anyMatch(p::equalsIgnoreCase)).orElse(false)) {
            return false;
        }
        if (exposure.isPresent() && (o.exptimeSeconds().isEmpty()
                || !exposure.get().contains(o.exptimeSeconds().getAsDouble()))) {
            return false;
        }
        if (cadence.isPresent() && !cadence.get().matches(o)) {
            return false;
        }
        return seasons.isEmpty() || seasons.get().matches(o);
    }

    /** The product's file-type code, file name ending and group are as selected (season not checked). */
    public boolean matches(DataProduct p) {
        if (!productCodes.isEmpty()
                && !p.subGroup().map(s -> productCodes.contains(s.strip().toUpperCase(Locale.ROOT))).orElse(false)) {
            return false;
        }
        if (!extensions.isEmpty()) {
            String name = p.productFilename().toLowerCase(Locale.ROOT);
            if (extensions.stream().noneMatch(name::endsWith)) {
                return false;
            }
        }
        return !mrpOnly || p.groupDescription().map(MINIMUM_RECOMMENDED::equalsIgnoreCase).orElse(false);
    }

    /** A product of a matching observation is wanted: {@link #matches(DataProduct)} and of a wanted season. */
    public boolean matches(Observation o, DataProduct p) {
        return matches(p) && (seasons.isEmpty() || seasons.get().matches(o, p));
    }

    private static Set<String> normalised(Set<String> values, Function<String, String> norm, String what) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            String n = norm.apply(v);
            if (n.isEmpty()) {
                throw new IllegalArgumentException("empty " + what);
            }
            out.add(n);
        }
        return Collections.unmodifiableSet(out);
    }
}
