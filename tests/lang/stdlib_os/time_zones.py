# Local time under explicit time zones: TZ through os.environ, then time.tzset().
import os
import time

for zone in ["UTC", "Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "EST5EDT"]:
    os.environ["TZ"] = zone
    time.tzset()
    print(zone, time.tzname, time.timezone, time.altzone, time.daylight)
    for t in (0, 1000000000, 1700000000, 1719900000):
        lt = time.localtime(t)
        print("  ", tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.strftime("%Y-%m-%d %H:%M:%S %Z %z", lt),
              time.mktime(lt) == t, time.ctime(t))
    print("  ", time.mktime((2021, 3, 28, 2, 30, 0, 0, 0, -1)), time.mktime((2021, 7, 1, 12, 0, 0, 0, 0, 0)))
