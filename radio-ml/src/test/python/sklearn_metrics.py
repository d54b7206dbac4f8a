"""Oracle for radio.ml.model.Metrics: reads lines 'label score' on stdin and a threshold as argv[1]; prints
scikit-learn's roc_auc_score, average_precision_score, precision, recall, f1 and the confusion matrix as JSON."""
import json
import sys

from sklearn.metrics import (average_precision_score, confusion_matrix, f1_score, precision_score, recall_score,
                             roc_auc_score)

threshold = float(sys.argv[1])
labels, scores = [], []
for line in sys.stdin:
    if line.strip():
        label, score = line.split()
        labels.append(int(label))
        scores.append(float(score))
predicted = [1 if s >= threshold else 0 for s in scores]
tn, fp, fn, tp = confusion_matrix(labels, predicted, labels=[0, 1]).ravel()
print(json.dumps({
    "roc_auc": roc_auc_score(labels, scores),
    "pr_auc": average_precision_score(labels, scores),
    "precision": precision_score(labels, predicted, zero_division=0),
    "recall": recall_score(labels, predicted, zero_division=0),
    "f1": f1_score(labels, predicted, zero_division=0),
    "confusion": [int(tn), int(fp), int(fn), int(tp)],
}))
