# Mean, variance, min and max of Float64 data, eight lanes at a time with a scalar tail,
# returned as a Tuple.
alias width = 8


fn summarize(data: List[Float64]) -> (Float64, Float64, Float64, Float64):
    var n = len(data)
    var sums = SIMD[DType.float64, width](0)
    var lows = SIMD[DType.float64, width](data[0])
    var highs = SIMD[DType.float64, width](data[0])
    var i = 0
    while i + width <= n:
        var lanes = SIMD[DType.float64, width](0)
        for k in range(width):
            lanes[k] = data[i + k]
        sums += lanes
        lows = min(lows, lanes)
        highs = max(highs, lanes)
        i += width
    var total = sums.reduce_add()
    var low = lows.reduce_min()
    var high = highs.reduce_max()
    while i < n:
        total += data[i]
        low = min(low, data[i])
        high = max(high, data[i])
        i += 1
    var mean = total / Float64(n)
    var squares: Float64 = 0
    for j in range(n):
        squares += (data[j] - mean) ** 2
    return mean, squares / Float64(n), low, high


fn main():
    var data = List[Float64]()
    var x = 7
    for _ in range(37):
        x = (x * 31 + 11) % 101
        data.append(Float64(x) / 4)
    var stats = summarize(data)
    print(stats[0], stats[1], stats[2], stats[3])
    mean, variance, low, high = summarize(List[Float64](2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0, 1.0))
    print(mean, variance, low, high)
