"""Baseline for bench/ml.sh (c): gradient boosting (scikit-learn's GradientBoostingClassifier, defaults, seed 7) on
the scalars view: trained on TRAIN_DIR/train-scalars.csv, scored on TEST_DIR/test-scalars.csv (files MlBench
wrote). Usage: ml_gbm.py TRAIN_DIR TEST_DIR; prints the test ROC-AUC and average precision."""
import sys

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

train = np.loadtxt(sys.argv[1] + "/train-scalars.csv", delimiter=",", ndmin=2)
test = np.loadtxt(sys.argv[2] + "/test-scalars.csv", delimiter=",", ndmin=2)
model = GradientBoostingClassifier(random_state=7).fit(train[:, 1:], train[:, 0])
p = model.predict_proba(test[:, 1:])[:, 1]
print("gradient boosting on scalars: test ROC-AUC %.3f, PR-AUC %.3f (%d test stars)"
      % (roc_auc_score(test[:, 0], p), average_precision_score(test[:, 0], p), len(test)))
