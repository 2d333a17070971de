using System;

namespace SmtpStatusCodes.Tests.TestSupport;

/// <summary>Measures what an action allocates on the current thread, after a warm-up run (JIT, type initialisers, culture data).</summary>
internal static class Allocations
{
    public static long Measure(Action action, int iterations = 1000)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
