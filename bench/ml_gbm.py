"""Baseline for bench/ml.sh (c): scikit-learn's GradientBoostingClassifier on the scalars view, trained on
TRAIN_DIR/train-scalars.csv and scored on TEST_DIR/test-scalars.csv (files MlBench wrote): once with scikit-learn's
defaults, once with radio's gbm defaults (200 trees of depth 3, shrinkage 0.05, subsample 0.8, at least 3 stars a
leaf, classes weighted equally). Seed 7. Usage: ml_gbm.py TRAIN_DIR TEST_DIR; prints test ROC-AUC and average
precision, and the fitting time."""
import sys
import time

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

train = np.loadtxt(sys.argv[1] + "/train-scalars.csv", delimiter=",", ndmin=2)
test = np.loadtxt(sys.argv[2] + "/test-scalars.csv", delimiter=",", ndmin=2)
y = train[:, 0]
balanced = np.where(y == 1, len(y) / (2.0 * y.sum()), len(y) / (2.0 * (len(y) - y.sum())))
for name, params, weight in [
        ("scikit-learn defaults (100 trees, depth 3, lr 0.1)", {}, None),
        ("radio's gbm settings", dict(n_estimators=200, learning_rate=0.05, max_depth=3, subsample=0.8,
                                      min_samples_leaf=3), balanced)]:
    t0 = time.perf_counter()
    model = GradientBoostingClassifier(random_state=7, **params).fit(train[:, 1:], y, sample_weight=weight)
    fit = time.perf_counter() - t0
    p = model.predict_proba(test[:, 1:])[:, 1]
    print("scikit-learn GradientBoostingClassifier, %s: test ROC-AUC %.3f, PR-AUC %.3f (%d test stars; fit %.2f s)"
          % (name, roc_auc_score(test[:, 0], p), average_precision_score(test[:, 0], p), len(test), fit))
