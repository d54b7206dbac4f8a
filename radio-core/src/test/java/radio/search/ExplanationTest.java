package radio.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import radio.archive.mast.DataProduct;
import radio.archive.mast.Observation;
import radio.archive.mast.ResolvedName;
import radio.archive.mast.SkyPosition;

/** Why a target has nothing matching, in words, from what MAST had at each step. */
class ExplanationTest {
    private static final Selection K2_LLC = Selection.k2LongCadenceLightCurves();

    private static Observation obs(long obsid, String obsId, String target, String collection, double exptime,
                                   long sequence) {
        return new Observation(obsid, obsId, target, collection, Optional.of(collection), Optional.empty(),
                Optional.of("timeseries"), OptionalDouble.of(exptime), OptionalLong.of(sequence), OptionalDouble.empty(),
                OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    private static Candidate product(Observation o, String file, String code) {
        return new Candidate(o, new DataProduct(o.obsid(), o.obsId(), o.obsCollection(), "mast:K2/url/" + file, file,
                Optional.ofNullable(code), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalLong.of(1000), OptionalLong.empty(), Optional.empty()));
    }

    private static Explanation located(Selection selection, String targetName, String via) {
        Explanation why = new Explanation(selection);
        why.located(Located.named(Set.of(targetName), via));
        return why;
    }

    @Test
    void noObservationAtAllNamesWhatWasAskedAndTheServerSideFilters() {
        Explanation why = located(K2_LLC, "ktwo201912552", Located.DESIGNATION);

        assertThat(why.keepMatching(List.of())).isEmpty();

        assertThat(why.explain()).startsWith("MAST lists no observation of ktwo201912552 matching ")
                .contains(K2_LLC.serverFilters().get(0).toString());
        // server-side filters may be what excluded everything: the designation may still exist
        assertThat(why.unknownDesignation()).isFalse();
    }

    @Test
    void aDesignationWithNoObservationAndNoFiltersIsUnknownButANameTablesTargetIsNot() {
        Explanation designation = located(Selection.all(), "ktwo201912552", Located.DESIGNATION);
        designation.keepMatching(List.of());
        Explanation host = located(Selection.all(), "ktwo201912552", "k2names");
        host.keepMatching(List.of());

        assertThat(designation.unknownDesignation()).isTrue();
        assertThat(designation.explain()).isEqualTo("MAST lists no observation of ktwo201912552");
        assertThat(host.unknownDesignation()).isFalse();
    }

    @Test
    void observationsOfTheWrongKindAreCountedByKind() {
        Explanation why = located(K2_LLC, "ktwo201912552", "k2names");

        List<Observation> kept = why.keepMatching(List.of(obs(1, "a", "ktwo201912552", "K2", 60, 5),
                obs(2, "b", "ktwo201912552", "K2", 60, 6), obs(3, "c", "ktwo201912552", "HLSP", 1800, 5)));

        assertThat(kept).isEmpty();
        assertThat(why.explain()).isEqualTo("none of its 3 observations (HLSP 1800 s, K2 60 s ×2) matches the selection");
    }

    @Test
    void productsNoneOfWhichMatchAreCountedByCodeAndPixelFilesSaidSo() {
        Explanation why = located(K2_LLC, "ktwo060017806", "k2names");
        Observation engineering = obs(7, "ktwo060017806-c00_lc", "ktwo060017806", "K2", 1800, 0);

        assertThat(why.keepMatching(List.of(engineering))).containsExactly(engineering);
        assertThat(why.keepMatchingProducts(List.of(product(engineering, "ktwo060017806-c00_lpd-targ.fits.gz",
                "LPD-TARG")))).isEmpty();

        assertThat(why.explain()).isEqualTo("its observation ktwo060017806-c00_lc lists 1 product (LPD-TARG), none "
                + "matching the product selection: target pixel files only, no light curve; EPIC 600xxxxx are K2 "
                + "engineering-test targets (February 2014), for which MAST has target pixel files only");
    }

    @Test
    void wantedProductsAreKeptInOrderAndCampaignNineIsExplained() {
        Explanation why = located(K2_LLC, "ktwo228162462", "k2names");
        Observation c91 = obs(1, "ktwo228162462-c91_lc", "ktwo228162462", "K2", 1800, 9);
        Observation c92 = obs(2, "ktwo228162462-c92_lc", "ktwo228162462", "K2", 1800, 9);
        why.keepMatching(List.of(c91, c92));
        Candidate llc = product(c91, "x_llc.fits", "LLC");

        assertThat(why.keepMatchingProducts(List.of(product(c91, "x_lpd-targ.fits.gz", "LPD-TARG"), llc,
                product(c92, "x.png", null)))).containsExactly(llc);

        Explanation empty = located(K2_LLC, "ktwo228162462", "k2names");
        empty.keepMatching(List.of(c91, c92));
        empty.keepMatchingProducts(List.of(product(c92, "x_lpd-targ.fits.gz", "LPD-TARG"), product(c92, "x.png", null)));
        assertThat(empty.explain()).isEqualTo("its 2 matching observations (ktwo228162462-c91_lc, ktwo228162462-c92_lc) "
                + "list 2 products (LPD-TARG, no code), none matching the product selection; K2 campaign 9 has no "
                + "pipeline light curves at MAST (the K2SFF HLSP has some)");
    }

    @Test
    void aPositionIsDescribedWithItsCoordinatesAndTheResolutionKept() {
        Explanation why = new Explanation(Selection.all());
        Located at = Located.at(new ResolvedName("pi men", new SkyPosition(84.29, -80.47), Optional.empty(),
                Optional.of("SIMBAD")));
        assertThat(why.resolution()).isEmpty();

        why.located(at);
        why.keepMatching(List.of());

        assertThat(why.explain()).isEqualTo("MAST lists no observation of the position of 'pi men' (84.29, -80.47)");
        assertThat(why.resolution()).contains(at.resolution());
        assertThat(why.unknownDesignation()).isFalse();
    }

    @Test
    void criteriaAloneAreDescribedByTheirLabel() {
        Explanation why = new Explanation(Selection.all());
        why.searchedFor("proposal GO1234");
        why.keepMatching(List.of());

        assertThat(why.explain()).isEqualTo("MAST lists no observation of proposal GO1234");
        assertThat(why.resolution()).isEmpty();
    }
}
