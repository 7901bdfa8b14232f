using System;

// The part of nanoFramework.TestFramework (3.0.77) that tests/Ticker.Core.NanoTests uses, with the same names and
// signatures, so the nano test classes also compile and run where the real framework cannot be had: on .NET
// (Ticker.Core.Tests, NanoTestsOnDotNet runs them) and against nano mscorlib alone (tests/Ticker.Core.NanoTests.Nano,
// inspected by NanoTestsBuildTests). Written nano-safe for that second build. nanoFramework.TestFramework itself is a
// nanoFramework assembly, not served by the package feed these builds use.
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
        /// <summary>A failure described by <paramref name="message"/>.</summary>
        public AssertFailedException(string message)
            : base(message)
        {
        }
    }

    /// <summary>nanoFramework.TestFramework's assertions, as far as the nano tests use them.</summary>
    public static class Assert
    {
        public static void AreEqual(int expected, int actual, string message = "")
        {
            if (expected != actual)
            {
                Fail(message, expected.ToString(), actual.ToString());
            }
        }

        public static void AreEqual(long expected, long actual, string message = "")
        {
            if (expected != actual)
            {
                Fail(message, expected.ToString(), actual.ToString());
            }
        }

        public static void AreEqual(uint expected, uint actual, string message = "")
        {
            if (expected != actual)
            {
                Fail(message, "0x" + expected.ToString("X8"), "0x" + actual.ToString("X8"));
            }
        }

        public static void AreEqual(string expected, string actual, string message = "")
        {
            if (expected != actual)
            {
                Fail(message, expected, actual);
            }
        }

        public static void AreSame(object expected, object actual, string message = "")
        {
            if (!object.ReferenceEquals(expected, actual))
            {
                throw new AssertFailedException(message + ": not the same object");
            }
        }

        public static void IsTrue(bool condition, string message = "")
        {
            if (!condition)
            {
                throw new AssertFailedException(message + ": expected true");
            }
        }

        public static void IsFalse(bool condition, string message = "")
        {
            if (condition)
            {
                throw new AssertFailedException(message + ": expected false");
            }
        }

        public static void IsNotNull(object value, string message = "")
        {
            if (value == null)
            {
                throw new AssertFailedException(message + ": null");
            }
        }

        private static void Fail(string message, string expected, string actual)
        {
            throw new AssertFailedException(message + ": expected <" + expected + ">, got <" + actual + ">");
        }
    }
}
