using System;

// The part of nanoFramework.TestFramework (3.0.77) that tests/Ticker.Core.NanoTests uses, with the same names and
// signatures, so the nano test classes compile and run on .NET too (NanoTestsOnDotNet). nanoFramework.TestFramework
// itself is a nanoFramework assembly: it cannot be loaded by .NET.
namespace nanoFramework.TestFramework
{
    /// <summary>Marks a class holding tests.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class TestClassAttribute : Attribute
    {
    }

    /// <summary>Marks a test method.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class TestMethodAttribute : Attribute
    {
    }

    /// <summary>A failed assertion.</summary>
    public sealed class AssertFailedException : Exception
    {
        public AssertFailedException(string message)
            : base(message)
        {
        }
    }

    /// <summary>nanoFramework.TestFramework's assertions, as far as the nano tests use them.</summary>
    public static class Assert
    {
        public static void AreEqual(int expected, int actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(long expected, long actual, string message = "") => Equal(expected, actual, message);

        public static void AreEqual(uint expected, uint actual, string message = "")
        {
            if (expected != actual)
            {
                throw new AssertFailedException($"{message}: expected 0x{expected:X8}, got 0x{actual:X8}");
            }
        }

        public static void AreEqual(string? expected, string? actual, string message = "") => Equal(expected, actual, message);

        public static void AreSame(object? expected, object? actual, string message = "")
        {
            if (!ReferenceEquals(expected, actual))
            {
                throw new AssertFailedException($"{message}: not the same object");
            }
        }

        public static void IsTrue(bool condition, string message = "")
        {
            if (!condition)
            {
                throw new AssertFailedException($"{message}: expected true");
            }
        }

        public static void IsFalse(bool condition, string message = "")
        {
            if (condition)
            {
                throw new AssertFailedException($"{message}: expected false");
            }
        }

        public static void IsNotNull(object? value, string message = "")
        {
            if (value is null)
            {
                throw new AssertFailedException($"{message}: null");
            }
        }

        private static void Equal<T>(T expected, T actual, string message)
        {
            if (!Equals(expected, actual))
            {
                throw new AssertFailedException($"{message}: expected <{expected}>, got <{actual}>");
            }
        }
    }
}
