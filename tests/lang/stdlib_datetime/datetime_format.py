from datetime import datetime, date, time, timezone, timedelta

fmt = "%a %A %w %d %b %B %m %y %Y %H %I %p %M %S %f %z %Z %j %U %W %c %x %X %% %G %u %V %e"
print(datetime(2020, 1, 2, 3, 4, 5, 6).strftime(fmt))
print(date(2021, 12, 31).strftime(fmt))
print(datetime(2020, 1, 2, 15, tzinfo=timezone(timedelta(hours=-5, minutes=-30))).strftime(fmt))
print(date(5, 1, 1).strftime("%Y %y %G"), datetime(2020, 1, 2).strftime("%Q %"), date(2020, 1, 1).strftime("%H:%M:%S %f %z|%Z|"))
print(time(13, 5, 7, 9).strftime("%Y-%m-%d %I:%M:%S.%f %p %j"), date(2024, 2, 29).strftime("%D %F %T %R %r %C %h %k %l"))
print([date(2021, 1, d).strftime("%U %W %V %G %u %w %j") for d in range(1, 11)])
for text, pattern in [("2021-3-4", "%Y-%m-%d"), ("21/3/4 7:8:9", "%y/%m/%d %H:%M:%S"), ("12 AM", "%I %p"),
                      ("12 pm", "%I %p"), ("Mar 2021", "%b %Y"), ("march  5", "%B %d"),
                      ("2021-03-04T05:06:07.123+0530", "%Y-%m-%dT%H:%M:%S.%f%z"),
                      ("2021-03-04 05:06:07 -07:00", "%Y-%m-%d %H:%M:%S %z"), ("Z", "%z"),
                      ("2021 366", "%Y %j"), ("2020 366", "%Y %j"), ("1231", "%m%d"), ("  5", " %d"),
                      ("5%", "%d%%"), ("Fri, 05 Mar 2021 10:00:00 GMT", "%a, %d %b %Y %H:%M:%S %Z"),
                      ("20210304", "%Y%m%d"), ("1/2/3", "%x"), ("Thu Mar  4 05:06:07 2021", "%c"),
                      ("0", "%y"), ("68", "%y"), ("69", "%y"), ("1.5", "%S.%f"), ("04/Mar/21 5PM", "%d/%b/%y %I%p"),
                      ("Thursday March 4 2021", "%A %B %d %Y"), ("2021-063", "%Y-%j")]:
    try:
        print(repr(datetime.strptime(text, pattern)))
    except ValueError as e:
        print("ValueError", e)
for text, pattern in [("100", "%H"), ("1", "%m%d"), ("12", "%m%d"), ("123", "%m%d"), ("5", "%d%"), ("5", "%Q"),
                      ("2021-03-04", "%Y-%m-%d %H"), ("60", "%S"), ("2021-03-04", "%Y/%m/%d"),
                      ("2021-03-04x", "%Y-%m-%d"), ("2021-02-30", "%Y-%m-%d")]:
    try:
        print(repr(datetime.strptime(text, pattern)))
    except ValueError as e:
        print("ValueError", e)
for text in ["2021-03-04T05:06", "2021-03-04T05", "2021-03-04 05:06:07,5", "2021-03-04T05:06:07.1234567",
             "20210304T050607", "2021-03-04T05:06:07-03", "2021-03-04T05:06:07+0530",
             "2021-03-04T05:06:07+05:30:15.5", "2021-W10-4T12:00", "2021W104", "2021-03-04X05:06",
             "2021-03-04T24:00", "2021-03-04T", "2021-03-04T05:6", "2021-03-04T05:06:07.", "2021-13-04",
             "  2021-03-04"]:
    try:
        print(repr(datetime.fromisoformat(text)))
    except ValueError as e:
        print("ValueError", e)
for text in ["05:06", "0506", "050607.5", "05:06:07Z", "05", "5:06", "05:06:07+00:00", "24:00"]:
    try:
        print(repr(time.fromisoformat(text)))
    except ValueError as e:
        print("ValueError", e)
for text in ["2021-W53-1", "2020-W53-7", "2021W01", "2021-366", "2021-02-30"]:
    try:
        print(repr(date.fromisoformat(text)))
    except ValueError as e:
        print("ValueError", e)
stamp = datetime(2024, 12, 25, 18, 30, 0, 250000, tzinfo=timezone(timedelta(hours=2)))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(stamp.isoformat(timespec=spec), datetime.fromisoformat(stamp.isoformat(timespec=spec)) == stamp)
print(datetime.strptime(stamp.strftime("%Y-%m-%d %H:%M:%S.%f%z"), "%Y-%m-%d %H:%M:%S.%f%z") == stamp)
