using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using Microsoft.Data.Sqlite;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Alerts;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Risk;
using Ticker.Feed.Settings;

namespace Ticker.Feed.Storage
{
    /// <summary>
    /// The feed's SQLite file (<c>--db</c>): liquidation events with the aggregator's coverage, the risk inputs'
    /// history, the alert history and the last <c>seq</c>. One connection, every call under one lock: the
    /// refresher writes about once a second and HTTP requests read the alert history.
    /// </summary>
    /// <remarks>
    /// The schema's version is SQLite's <c>user_version</c> pragma. A file from a newer feed, or one that is not a
    /// readable SQLite database, is refused with a <see cref="FeedSettingsException"/> naming the file (the feed
    /// exits with code 2 and the file is left as it is: nothing is lost, and the user decides).
    /// </remarks>
    public sealed class FeedDatabase : IDisposable
    {
        /// <summary>The schema this code writes. Raise it with a migration step in <see cref="Migrate"/>.</summary>
        public const int SchemaVersion = 3;

        private const string LastSeqKey = "last_seq";
        private const string CoveredSinceKey = "covered_since_ms";
        private const string StatedSinceKey = "stated_since_ms";
        private const string StateTimeKey = "state_time_ms";

        private readonly Lock _gate = new();
        private readonly SqliteConnection _connection;

        private FeedDatabase(string path, SqliteConnection connection)
        {
            Path = path;
            _connection = connection;
        }

        /// <summary>The file.</summary>
        public string Path { get; }

        /// <summary>
        /// Opens (creating it when missing) and checks the file, bringing its schema to <see cref="SchemaVersion"/>.
        /// The folder is created only for the default file (<see cref="FeedSettings.DefaultStoragePath"/>): a path the
        /// user gave must be in an existing folder (<see cref="FeedSettingsReader"/> says so first).
        /// </summary>
        /// <exception cref="FeedSettingsException">The file cannot be used: unreadable, not a database, damaged, or from a newer feed.</exception>
        public static FeedDatabase Open(string path)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            SqliteConnection? connection = null;
            bool existed = File.Exists(path);
            try
            {
                string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
                if (!string.IsNullOrEmpty(folder) && System.IO.Path.GetFullPath(path) == FeedSettings.DefaultStoragePath)
                {
                    Directory.CreateDirectory(folder);
                }

                // No pooling: disposing closes the file, so a restart (or a test) can open it again at once.
                connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
                connection.Open();
                string check = Scalar(connection, "PRAGMA quick_check") as string ?? "no answer";
                if (!string.Equals(check, "ok", StringComparison.Ordinal))
                {
                    throw Refused(path, $"it is damaged (quick_check: {check})");
                }

                long version = (long)Scalar(connection, "PRAGMA user_version")!;
                if (version > SchemaVersion)
                {
                    throw Refused(path, $"it was written by a newer feed (schema version {version}; this feed knows up to {SchemaVersion})");
                }

                Execute(connection, "PRAGMA journal_mode=WAL");
                Execute(connection, "PRAGMA synchronous=NORMAL");
                Migrate(connection, version);
                var database = new FeedDatabase(path, connection);
                connection = null;
                return database;
            }
            catch (SqliteException error) when (!existed)
            {
                throw CannotCreate(path, error.Message.TrimEnd('.'));
            }
            catch (SqliteException error)
            {
                throw Refused(path, $"it is not a readable SQLite database ({error.Message.TrimEnd('.')})");
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                throw existed ? Refused(path, error.Message.TrimEnd('.')) : CannotCreate(path, error.Message.TrimEnd('.'));
            }
            finally
            {
                connection?.Dispose();
            }
        }

        /// <summary>The last <c>seq</c> served, or -1.</summary>
        public long LoadLastSeq() => LoadState(LastSeqKey) ?? -1;

        /// <summary>When the aggregator's coverage began, or null.</summary>
        public long? LoadCoveredSince() => LoadState(CoveredSinceKey);

        /// <summary>The aggregator's stated coverage start (restored history, a backfill), or null.</summary>
        public long? LoadStatedSince() => LoadState(StatedSinceKey);

        /// <summary>The feed clock at the last save with changes (unix ms): the stored state holds every input before it; null before any.</summary>
        public long? LoadStateTimeMs() => LoadState(StateTimeKey);

        /// <summary>Liquidation events with an exchange time at or after <paramref name="sinceMs"/>, oldest first.</summary>
        public IReadOnlyList<StoredLiquidation> LoadLiquidations(long sinceMs)
        {
            var events = new List<StoredLiquidation>();
            lock (_gate)
            {
                using SqliteCommand command = Command("SELECT time_ms, side, usd, venue, symbol FROM liquidation WHERE time_ms >= $since ORDER BY time_ms", ("$since", sinceMs));
                using SqliteDataReader reader = command.ExecuteReader();
                while (reader.Read())
                {
                    events.Add(new StoredLiquidation(
                        reader.GetInt64(0), (PositionSide)reader.GetInt32(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
                }
            }

            return events;
        }

        /// <summary>Each venue and when it was last heard.</summary>
        public IReadOnlyDictionary<string, long> LoadVenuesSeen()
        {
            var venues = new Dictionary<string, long>(StringComparer.Ordinal);
            lock (_gate)
            {
                using SqliteCommand command = Command("SELECT venue, seen_ms FROM venue_seen");
                using SqliteDataReader reader = command.ExecuteReader();
                while (reader.Read())
                {
                    venues[reader.GetString(0)] = reader.GetInt64(1);
                }
            }

            return venues;
        }

        /// <summary>Each venue's spans of listening (schema 3), oldest first; empty for an older database until written.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<(long FromMs, long ToMs)>> LoadVenueSpans()
        {
            var venues = new Dictionary<string, List<(long FromMs, long ToMs)>>(StringComparer.Ordinal);
            lock (_gate)
            {
                using SqliteCommand command = Command("SELECT venue, from_ms, to_ms FROM venue_span ORDER BY venue, from_ms");
                using SqliteDataReader reader = command.ExecuteReader();
                while (reader.Read())
                {
                    string venue = reader.GetString(0);
                    if (!venues.TryGetValue(venue, out List<(long FromMs, long ToMs)>? spans))
                    {
                        venues[venue] = spans = new List<(long FromMs, long ToMs)>();
                    }

                    spans.Add((reader.GetInt64(1), reader.GetInt64(2)));
                }
            }

            var result = new Dictionary<string, IReadOnlyList<(long FromMs, long ToMs)>>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, List<(long FromMs, long ToMs)>> venue in venues)
            {
                result[venue.Key] = venue.Value;
            }

            return result;
        }

        /// <summary>Risk samples taken at or after <paramref name="sinceMs"/>, oldest first. Rows naming an unknown measure are skipped.</summary>
        public IReadOnlyList<RiskSample> LoadRiskSamples(long sinceMs)
        {
            var samples = new List<RiskSample>();
            lock (_gate)
            {
                using SqliteCommand command = Command("SELECT measure, at_ms, value FROM risk_sample WHERE at_ms >= $since ORDER BY at_ms", ("$since", sinceMs));
                using SqliteDataReader reader = command.ExecuteReader();
                while (reader.Read())
                {
                    if (Enum.TryParse(reader.GetString(0), out RiskMeasure measure)
                        && decimal.TryParse(reader.GetString(2), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value))
                    {
                        samples.Add(new RiskSample(measure, reader.GetInt64(1), value));
                    }
                }
            }

            return samples;
        }

        /// <summary>Writes one refresh's changes in one transaction.</summary>
        public void Save(StateChanges changes)
        {
            ArgumentNullException.ThrowIfNull(changes);
            lock (_gate)
            {
                using SqliteTransaction transaction = _connection.BeginTransaction();
                foreach (StoredLiquidation liquidation in changes.Liquidations)
                {
                    Run(
                        "INSERT INTO liquidation (time_ms, side, usd, venue, symbol) VALUES ($t, $s, $u, $v, $y)",
                        ("$t", liquidation.TimeMs), ("$s", (int)liquidation.Side), ("$u", liquidation.Usd), ("$v", liquidation.Venue), ("$y", liquidation.Symbol));
                }

                foreach (RiskSample sample in changes.RiskSamples)
                {
                    Run(
                        "INSERT OR REPLACE INTO risk_sample (measure, at_ms, value) VALUES ($m, $t, $v)",
                        ("$m", sample.Measure.ToString()), ("$t", sample.AtMs), ("$v", sample.Value.ToString(CultureInfo.InvariantCulture)));
                }

                foreach (KeyValuePair<string, long> venue in changes.VenuesSeen)
                {
                    Run("INSERT OR REPLACE INTO venue_seen (venue, seen_ms) VALUES ($v, $t)", ("$v", venue.Key), ("$t", venue.Value));
                }

                foreach ((string venue, long from, long to) in changes.VenueSpans ?? Array.Empty<(string, long, long)>())
                {
                    Run("INSERT OR REPLACE INTO venue_span (venue, from_ms, to_ms) VALUES ($v, $f, $t)", ("$v", venue), ("$f", from), ("$t", to));
                }

                if (changes.CoveredSinceMs is long covered)
                {
                    SaveState(CoveredSinceKey, covered);
                }

                if (changes.StatedSinceMs is long stated)
                {
                    SaveState(StatedSinceKey, stated);
                }

                if (changes.LastSeq is long seq)
                {
                    SaveState(LastSeqKey, seq);
                }

                if (changes.StateTimeMs is long stateTime)
                {
                    SaveState(StateTimeKey, stateTime);
                }

                transaction.Commit();
            }
        }

        /// <summary>Appends one alert transition (written at once: they are rare and must survive a crash).</summary>
        public void AddAlertTransition(AlertTransition transition)
        {
            ArgumentNullException.ThrowIfNull(transition);
            lock (_gate)
            {
                Run(
                    "INSERT INTO alert_transition (at, level, side, headline, m5_usd, price_chg_pct) VALUES ($at, $level, $side, $headline, $m5, $price)",
                    ("$at", transition.At),
                    ("$level", (int)transition.Level),
                    ("$side", (int)transition.Side),
                    ("$headline", transition.Headline),
                    ("$m5", transition.M5Usd),
                    ("$price", transition.PriceChgPct?.ToString(CultureInfo.InvariantCulture)));
            }
        }

        /// <summary>Alert transitions after <paramref name="sinceUnixSeconds"/>, oldest first (ties in the order recorded).</summary>
        public IReadOnlyList<AlertTransition> LoadAlertTransitions(long sinceUnixSeconds)
        {
            var transitions = new List<AlertTransition>();
            lock (_gate)
            {
                using SqliteCommand command = Command(
                    "SELECT at, level, side, headline, m5_usd, price_chg_pct FROM alert_transition WHERE at > $since ORDER BY at, id", ("$since", sinceUnixSeconds));
                using SqliteDataReader reader = command.ExecuteReader();
                while (reader.Read())
                {
                    decimal? price = reader.IsDBNull(5) ? null : decimal.Parse(reader.GetString(5), NumberStyles.Number, CultureInfo.InvariantCulture);
                    transitions.Add(new AlertTransition(
                        reader.GetInt64(0),
                        (AlertLevel)reader.GetInt32(1),
                        (AlertSide)reader.GetInt32(2),
                        reader.IsDBNull(3) ? null : reader.GetString(3),
                        reader.IsDBNull(4) ? null : reader.GetInt64(4),
                        price));
                }
            }

            return transitions;
        }

        /// <summary>Deletes what is past its retention: rows older than the given instants. Returns the rows deleted.</summary>
        public int Prune(long liquidationsBeforeMs, long riskSamplesBeforeMs, long alertsBeforeUnixSeconds, long venuesBeforeMs)
        {
            lock (_gate)
            {
                using SqliteTransaction transaction = _connection.BeginTransaction();
                int deleted = Run("DELETE FROM liquidation WHERE time_ms < $t", ("$t", liquidationsBeforeMs))
                    + Run("DELETE FROM risk_sample WHERE at_ms < $t", ("$t", riskSamplesBeforeMs))
                    + Run("DELETE FROM alert_transition WHERE at < $t", ("$t", alertsBeforeUnixSeconds))
                    + Run("DELETE FROM venue_seen WHERE seen_ms < $t", ("$t", venuesBeforeMs))
                    + Run("DELETE FROM venue_span WHERE to_ms < $t", ("$t", venuesBeforeMs));
                transaction.Commit();
                return deleted;
            }
        }

        /// <summary>Rows in a table (tests and health).</summary>
        public long Count(string table)
        {
            if (table is not ("liquidation" or "risk_sample" or "alert_transition" or "venue_seen" or "venue_span"))
            {
                throw new ArgumentOutOfRangeException(nameof(table), table, "not a table of the feed's database");
            }

            lock (_gate)
            {
                using SqliteCommand command = Command($"SELECT COUNT(*) FROM {table}");
                return (long)command.ExecuteScalar()!;
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _connection.Dispose();
            }
        }

        private static void Migrate(SqliteConnection connection, long version)
        {
            if (version < 1)
            {
                using SqliteTransaction transaction = connection.BeginTransaction();
                Execute(connection, """
                    CREATE TABLE liquidation (time_ms INTEGER NOT NULL, side INTEGER NOT NULL CHECK (side IN (1, 2)), usd INTEGER NOT NULL);
                    CREATE INDEX liquidation_time ON liquidation (time_ms);
                    CREATE TABLE venue_seen (venue TEXT PRIMARY KEY, seen_ms INTEGER NOT NULL);
                    CREATE TABLE risk_sample (measure TEXT NOT NULL, at_ms INTEGER NOT NULL, value TEXT NOT NULL, PRIMARY KEY (measure, at_ms));
                    CREATE TABLE alert_transition (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, level INTEGER NOT NULL, side INTEGER NOT NULL,
                        headline TEXT, m5_usd INTEGER, price_chg_pct TEXT);
                    CREATE INDEX alert_transition_at ON alert_transition (at);
                    CREATE TABLE state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
                    PRAGMA user_version = 1;
                    """);
                transaction.Commit();
            }

            if (version < 2)
            {
                // Venue and symbol: duplicates are recognised after a restart, and windows split BTC from altcoins.
                // Rows from schema 1 keep them null (counted, never deduplicated, their window's split unknown).
                using SqliteTransaction transaction = connection.BeginTransaction();
                Execute(connection, """
                    ALTER TABLE liquidation ADD COLUMN venue TEXT;
                    ALTER TABLE liquidation ADD COLUMN symbol TEXT;
                    PRAGMA user_version = 2;
                    """);
                transaction.Commit();
            }

            if (version < 3)
            {
                // Each venue's spans of listening: after a restart a venue that started late, or fell silent, keeps
                // its own coverage (schema 2 kept only when it was last heard, and one start for all).
                using SqliteTransaction transaction = connection.BeginTransaction();
                Execute(connection, """
                    CREATE TABLE venue_span (venue TEXT NOT NULL, from_ms INTEGER NOT NULL, to_ms INTEGER NOT NULL, PRIMARY KEY (venue, from_ms));
                    PRAGMA user_version = 3;
                    """);
                transaction.Commit();
            }
        }

        // No file was there: nothing to leave alone, the place is the problem.
        private static FeedSettingsException CannotCreate(string path, string reason)
        {
            // A half-created file (SQLite may create it before failing) is not the user's: take it away again.
            try
            {
                if (File.Exists(path) && new FileInfo(path).Length == 0)
                {
                    File.Delete(path);
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
            }

            return new(new[]
            {
                $"Feed:Storage:Path (--db): cannot create '{path}': {reason}. Give a file in a directory this user can write to, or run with --db none to keep everything in memory.",
            });
        }

        private static FeedSettingsException Refused(string path, string reason) => new(new[]
        {
            $"Feed:Storage:Path (--db): cannot use '{path}': {reason}. The file was left as it is: move it away or delete it to start from empty, or run with --db none to keep everything in memory.",
        });

        private static object? Scalar(SqliteConnection connection, string sql)
        {
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteScalar();
        }

        private static void Execute(SqliteConnection connection, string sql)
        {
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        private long? LoadState(string key)
        {
            lock (_gate)
            {
                using SqliteCommand command = Command("SELECT value FROM state WHERE key = $k", ("$k", key));
                return command.ExecuteScalar() is long value ? value : null;
            }
        }

        private void SaveState(string key, long value) =>
            Run("INSERT OR REPLACE INTO state (key, value) VALUES ($k, $v)", ("$k", key), ("$v", value));

        private int Run(string sql, params (string Name, object? Value)[] parameters)
        {
            using SqliteCommand command = Command(sql, parameters);
            return command.ExecuteNonQuery();
        }

        private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
        {
            SqliteCommand command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach ((string name, object? value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            return command;
        }
    }
}
