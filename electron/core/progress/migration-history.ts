/**
 * Migration 6's SQL (shipped: never edit, add a new migration). Kept by triggers, so every writer of the
 * tables (the commit, a future import) records history without knowing about it.
 *
 * checklist_rating_history: each commit rewrites an attempt's checklist_ratings, so a kijkwijzer filled in
 * again lost its earlier ratings; the dashboard shows how a learner's ratings changed, so every rating that
 * differs from the previous one of the same item in the same attempt is kept with the commit's time.
 *
 * study_sessions: an attempt keeps only its total time, not when it was spent; minutes per week need each
 * launch's session time with its date. A commit carries the whole session's time so far (cmi.session_time),
 * so a session's row is replaced, not added to. Time from before this migration is kept as one row per
 * attempt, dated at the attempt's last commit (the only date there is): no minute is lost, none counted twice.
 */
export const HISTORY_SQL = `
  CREATE TABLE checklist_rating_history (
    id INTEGER PRIMARY KEY,
    attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    rating INTEGER NOT NULL,
    rated_at TEXT NOT NULL
  );
  CREATE INDEX checklist_rating_history_by_item ON checklist_rating_history (attempt_id, item_id, id);
  INSERT INTO checklist_rating_history (attempt_id, item_id, rating, rated_at)
    SELECT r.attempt_id, r.item_id, r.rating, a.updated_at FROM checklist_ratings r JOIN attempts a ON a.id = r.attempt_id
     ORDER BY r.attempt_id, r.item_id;
  CREATE TRIGGER checklist_rating_history_keep AFTER INSERT ON checklist_ratings
  WHEN NEW.rating IS NOT (SELECT h.rating FROM checklist_rating_history h
                           WHERE h.attempt_id = NEW.attempt_id AND h.item_id = NEW.item_id ORDER BY h.id DESC LIMIT 1)
  BEGIN
    INSERT INTO checklist_rating_history (attempt_id, item_id, rating, rated_at)
    VALUES (NEW.attempt_id, NEW.item_id, NEW.rating, (SELECT updated_at FROM attempts WHERE id = NEW.attempt_id));
  END;

  CREATE TABLE study_sessions (
    attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
    launch_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    seconds REAL NOT NULL,
    PRIMARY KEY (attempt_id, launch_id)
  );
  INSERT INTO study_sessions (attempt_id, launch_id, started_at, seconds)
    SELECT id, 'before-history', updated_at, time_base_s + CASE WHEN launch_id IS NULL THEN time_session_s ELSE 0 END
      FROM attempts WHERE time_base_s + CASE WHEN launch_id IS NULL THEN time_session_s ELSE 0 END > 0;
  INSERT INTO study_sessions (attempt_id, launch_id, started_at, seconds)
    SELECT id, launch_id, updated_at, time_session_s FROM attempts WHERE launch_id IS NOT NULL AND time_session_s > 0;
  CREATE TRIGGER study_sessions_keep AFTER UPDATE OF commit_seq ON attempts
  WHEN NEW.commit_seq > OLD.commit_seq AND NEW.launch_id IS NOT NULL
  BEGIN
    INSERT INTO study_sessions (attempt_id, launch_id, started_at, seconds)
    VALUES (NEW.id, NEW.launch_id, NEW.updated_at, NEW.time_session_s)
    ON CONFLICT (attempt_id, launch_id) DO UPDATE SET seconds = excluded.seconds;
  END;
  CREATE INDEX study_sessions_by_start ON study_sessions (attempt_id, started_at);
`;
