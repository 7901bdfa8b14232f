using System.Collections;

namespace Ticker.Config
{
    /// <summary>The problems <see cref="SettingsValidator"/> found, in the order of the settings' keys.</summary>
    public sealed class SettingsReport
    {
        // ArrayList, not List<T>: nanoCLR cannot load generic types.
        private readonly ArrayList _problems = new ArrayList();

        public bool IsValid
        {
            get { return _problems.Count == 0; }
        }

        public int Count
        {
            get { return _problems.Count; }
        }

        public SettingsProblem this[int index]
        {
            get { return (SettingsProblem)_problems[index]; }
        }

        /// <summary>The problem reported for <paramref name="key"/>, or null.</summary>
        public SettingsProblem Find(string key)
        {
            for (int i = 0; i < _problems.Count; i++)
            {
                var problem = (SettingsProblem)_problems[i];
                if (problem.Key == key)
                {
                    return problem;
                }
            }

            return null;
        }

        internal void Add(string key, string message)
        {
            _problems.Add(new SettingsProblem(key, key + ": " + message));
        }
    }
}
