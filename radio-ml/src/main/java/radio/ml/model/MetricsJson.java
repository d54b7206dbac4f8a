package radio.ml.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Metrics as JSON, with the keys the command line documents. */
public final class MetricsJson {
    private MetricsJson() {
    }

    /** {@code roc_auc, pr_auc, precision, recall, f1, threshold, confusion {tn, fp, fn, tp}, examples, positives}. */
    public static ObjectNode of(Metrics m) {
        ObjectNode o = ModelCard.JSON.createObjectNode();
        number(o, "roc_auc", m.rocAuc());
        number(o, "pr_auc", m.prAuc());
        o.put("precision", m.precision());
        o.put("recall", m.recall());
        o.put("f1", m.f1());
        o.put("threshold", m.threshold());
        ObjectNode c = o.putObject("confusion");
        c.put("tn", m.tn());
        c.put("fp", m.fp());
        c.put("fn", m.fn());
        c.put("tp", m.tp());
        o.put("examples", m.tn() + m.fp() + m.fn() + m.tp());
        o.put("positives", m.fn() + m.tp());
        return o;
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
