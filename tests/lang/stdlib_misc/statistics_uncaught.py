# An uncaught StatisticsError: the traceback's last line names the module's class.
import statistics

scores = {"math": [88, 92, 79], "art": []}
for subject, values in scores.items():
    print(subject, statistics.mean(values))
