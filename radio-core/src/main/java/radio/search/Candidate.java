package radio.search;

import radio.archive.mast.DataProduct;
import radio.archive.mast.Observation;

/** A product listed for one of a target's observations, before its S3 key is known. */
record Candidate(Observation observation, DataProduct product) {
}
