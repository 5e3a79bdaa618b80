// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Migrations.h"

#include "domain/OutgoingMessage.h"
#include "storage/ChangeFeed.h"
#include "storage/ConversationRepository.h"
#include "storage/ConversationResponses.h"
#include "storage/CustomerRepository.h"
#include "storage/EscalationRepository.h"
#include "storage/Query.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

MigrationStep both(const QString &sql)
{
    return { sql, std::nullopt };
}
MigrationStep sqliteOnly(const QString &sql)
{
    return { sql, Backend::Sqlite };
}
MigrationStep postgresOnly(const QString &sql)
{
    return { sql, Backend::Postgres };
}
MigrationStep rewriteOnBoth(void (*rewrite)(const QSqlDatabase &db))
{
    return { QString(), std::nullopt, rewrite };
}

QString notifyTrigger(const QString &table)
{
    return u"CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1"
           " FOR EACH STATEMENT EXECUTE FUNCTION tandem_notify_change()"_s.arg(table);
}

Migration version1()
{
    return { 1, u"data model v1"_s,
        {
            both(u"CREATE TABLE agents (id %PK%, login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,"
                 " email TEXT NOT NULL DEFAULT '',"
                 " role TEXT NOT NULL CHECK (role IN ('service_rep', 'support_specialist', 'team_lead')),"
                 " password_hash TEXT, active INTEGER NOT NULL DEFAULT 1, created_at BIGINT NOT NULL)"_s),
            both(
                u"CREATE TABLE customers (id %PK%, first_name TEXT NOT NULL DEFAULT '',"
                " last_name TEXT NOT NULL DEFAULT '', sort_name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '',"
                " phone TEXT NOT NULL DEFAULT '', company TEXT NOT NULL DEFAULT '', search_text TEXT NOT NULL DEFAULT "
                "'',"
                " tier TEXT NOT NULL DEFAULT 'standard', lifecycle TEXT NOT NULL DEFAULT 'customer',"
                " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, merged_into BIGINT REFERENCES customers (id))"_s),
            both(u"CREATE INDEX customers_by_sort_name ON customers (sort_name, id)"_s),
            both(u"CREATE TABLE customer_tags (customer_id BIGINT NOT NULL REFERENCES customers (id),"
                 " tag TEXT NOT NULL, PRIMARY KEY (customer_id, tag))"_s),
            both(u"CREATE TABLE customer_contacts (id %PK%, customer_id BIGINT NOT NULL REFERENCES customers (id),"
                 " kind TEXT NOT NULL, value TEXT NOT NULL)"_s),
            both(u"CREATE INDEX customer_contacts_by_customer ON customer_contacts (customer_id)"_s),
            both(
                u"CREATE TABLE complaint_causes (id %PK%, name TEXT NOT NULL UNIQUE, active INTEGER NOT NULL DEFAULT 1)"_s),
            both(u"CREATE TABLE interactions (id %PK%, customer_id BIGINT NOT NULL REFERENCES customers (id),"
                 " agent_id BIGINT REFERENCES agents (id), channel TEXT NOT NULL, direction TEXT NOT NULL,"
                 " kind TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '',"
                 " body_format TEXT NOT NULL DEFAULT 'plain', occurred_at BIGINT NOT NULL, created_at BIGINT NOT NULL,"
                 " complaint_cause_id BIGINT REFERENCES complaint_causes (id), amount_cents BIGINT, currency TEXT,"
                 " escalation_id BIGINT, corrects_id BIGINT REFERENCES interactions (id))"_s),
            both(
                u"CREATE INDEX interactions_by_customer_time ON interactions (customer_id, occurred_at DESC, id DESC)"_s),
            both(u"CREATE INDEX interactions_by_time ON interactions (occurred_at, id)"_s),
            both(u"CREATE INDEX interactions_by_agent_time ON interactions (agent_id, occurred_at)"_s),
            both(
                u"CREATE TABLE escalations (id %PK%, customer_id BIGINT NOT NULL REFERENCES customers (id),"
                " interaction_id BIGINT REFERENCES interactions (id), created_by BIGINT NOT NULL REFERENCES agents "
                "(id),"
                " assigned_to BIGINT REFERENCES agents (id), state TEXT NOT NULL, severity TEXT NOT NULL,"
                " category TEXT NOT NULL, summary TEXT NOT NULL, steps_to_reproduce TEXT NOT NULL DEFAULT '',"
                " expected TEXT NOT NULL DEFAULT '', actual TEXT NOT NULL DEFAULT '',"
                " environment TEXT NOT NULL DEFAULT '', already_tried TEXT NOT NULL DEFAULT '',"
                " resolution TEXT NOT NULL DEFAULT '', customer_explanation TEXT NOT NULL DEFAULT '',"
                " created_at BIGINT NOT NULL, claimed_at BIGINT, resolved_at BIGINT, closed_at BIGINT,"
                " claim_due_at BIGINT NOT NULL, resolve_due_at BIGINT NOT NULL, version INTEGER NOT NULL DEFAULT 1)"_s),
            both(u"CREATE INDEX escalations_by_state_due ON escalations (state, resolve_due_at)"_s),
            both(u"CREATE INDEX escalations_by_customer ON escalations (customer_id)"_s),
            both(u"CREATE TABLE escalation_events (id %PK%, escalation_id BIGINT NOT NULL REFERENCES escalations (id),"
                 " actor_id BIGINT REFERENCES agents (id), action TEXT NOT NULL, from_state TEXT, to_state TEXT NOT "
                 "NULL,"
                 " note TEXT NOT NULL DEFAULT '', occurred_at BIGINT NOT NULL)"_s),
            both(u"CREATE INDEX escalation_events_by_escalation ON escalation_events (escalation_id, occurred_at)"_s),
            both(u"CREATE TABLE escalation_attachments (id %PK%, escalation_id BIGINT NOT NULL REFERENCES escalations "
                 u"(id),"
                 " name TEXT NOT NULL, format TEXT NOT NULL DEFAULT 'plain', content TEXT NOT NULL)"_s),
            both(u"CREATE TABLE templates (id %PK%, owner_id BIGINT REFERENCES agents (id), category TEXT NOT NULL "
                 u"DEFAULT '',"
                 " name TEXT NOT NULL, shortcode TEXT NOT NULL DEFAULT '', channel TEXT, subject TEXT NOT NULL DEFAULT "
                 "'',"
                 " body TEXT NOT NULL, referral INTEGER NOT NULL DEFAULT 0, usage_count INTEGER NOT NULL DEFAULT 0,"
                 " last_used_at BIGINT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
                 " version INTEGER NOT NULL DEFAULT 1)"_s),
            both(u"CREATE TABLE survey_responses (id %PK%, customer_id BIGINT NOT NULL REFERENCES customers (id),"
                 " interaction_id BIGINT REFERENCES interactions (id),"
                 " kind TEXT NOT NULL CHECK (kind IN ('csat', 'nps', 'ces')), score INTEGER NOT NULL,"
                 " comment TEXT NOT NULL DEFAULT '', answered_at BIGINT NOT NULL)"_s),
            both(u"CREATE INDEX survey_responses_by_time ON survey_responses (answered_at)"_s),
            both(u"CREATE INDEX survey_responses_by_customer ON survey_responses (customer_id, answered_at)"_s),
            both(u"CREATE TABLE follow_ups (id %PK%, customer_id BIGINT NOT NULL REFERENCES customers (id),"
                 " agent_id BIGINT NOT NULL REFERENCES agents (id), due_at BIGINT NOT NULL, note TEXT NOT NULL DEFAULT "
                 "'',"
                 " done_at BIGINT, created_at BIGINT NOT NULL)"_s),
            both(u"CREATE INDEX follow_ups_by_agent_due ON follow_ups (agent_id, done_at, due_at)"_s),
            both(u"CREATE INDEX follow_ups_by_customer ON follow_ups (customer_id)"_s),
            both(
                u"CREATE TABLE audit_log (id %PK%, occurred_at BIGINT NOT NULL, actor_id BIGINT REFERENCES agents (id),"
                " action TEXT NOT NULL, entity TEXT NOT NULL, entity_id BIGINT, before_data TEXT NOT NULL DEFAULT '',"
                " after_data TEXT NOT NULL DEFAULT '', prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s),
        } };
}

// Full-text search over every interaction and prefix search over customers.
Migration version2()
{
    return { 2, u"full-text search"_s,
        {
            sqliteOnly(u"CREATE VIRTUAL TABLE interactions_fts USING fts5(subject, body, content='interactions',"
                       " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_s),
            sqliteOnly(
                u"CREATE TRIGGER interactions_fts_insert AFTER INSERT ON interactions BEGIN"
                " INSERT INTO interactions_fts (rowid, subject, body) VALUES (new.id, new.subject, new.body); END"_s),
            sqliteOnly(u"CREATE TRIGGER interactions_fts_delete AFTER DELETE ON interactions BEGIN"
                       " INSERT INTO interactions_fts (interactions_fts, rowid, subject, body)"
                       " VALUES ('delete', old.id, old.subject, old.body); END"_s),
            sqliteOnly(
                u"CREATE TRIGGER interactions_fts_update AFTER UPDATE OF subject, body ON interactions BEGIN"
                " INSERT INTO interactions_fts (interactions_fts, rowid, subject, body)"
                " VALUES ('delete', old.id, old.subject, old.body);"
                " INSERT INTO interactions_fts (rowid, subject, body) VALUES (new.id, new.subject, new.body); END"_s),
            sqliteOnly(u"INSERT INTO interactions_fts (interactions_fts) VALUES ('rebuild')"_s),
            sqliteOnly(u"CREATE VIRTUAL TABLE customers_fts USING fts5(first_name, last_name, email, company, phone,"
                       " content='customers', content_rowid='id', tokenize='unicode61 remove_diacritics 2',"
                       " prefix='1 2 3')"_s),
            sqliteOnly(u"CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN"
                       " INSERT INTO customers_fts (rowid, first_name, last_name, email, company, phone)"
                       " VALUES (new.id, new.first_name, new.last_name, new.email, new.company, new.phone); END"_s),
            sqliteOnly(
                u"CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN"
                " INSERT INTO customers_fts (customers_fts, rowid, first_name, last_name, email, company, phone)"
                " VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.company, old.phone); END"_s),
            sqliteOnly(
                u"CREATE TRIGGER customers_fts_update AFTER UPDATE OF first_name, last_name, email, company, phone"
                " ON customers BEGIN"
                " INSERT INTO customers_fts (customers_fts, rowid, first_name, last_name, email, company, phone)"
                " VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.company, old.phone);"
                " INSERT INTO customers_fts (rowid, first_name, last_name, email, company, phone)"
                " VALUES (new.id, new.first_name, new.last_name, new.email, new.company, new.phone); END"_s),
            sqliteOnly(u"INSERT INTO customers_fts (customers_fts) VALUES ('rebuild')"_s),
            postgresOnly(u"ALTER TABLE interactions ADD COLUMN search_vector tsvector GENERATED ALWAYS AS"
                         " (to_tsvector('simple', subject || ' ' || left(body, 100000))) STORED"_s),
            postgresOnly(u"CREATE INDEX interactions_search ON interactions USING GIN (search_vector)"_s),
            postgresOnly(u"ALTER TABLE customers ADD COLUMN search_vector tsvector GENERATED ALWAYS AS"
                         " (to_tsvector('simple', search_text)) STORED"_s),
            postgresOnly(u"CREATE INDEX customers_search ON customers USING GIN (search_vector)"_s),
            // Other desks learn of every commit through NOTIFY; one per table and transaction.
            postgresOnly(u"CREATE FUNCTION tandem_notify_change() RETURNS trigger LANGUAGE plpgsql AS"
                         " $$ BEGIN PERFORM pg_notify('tandem_changes', TG_TABLE_NAME); RETURN NULL; END $$"_s),
            postgresOnly(notifyTrigger(u"agents"_s)),
            postgresOnly(notifyTrigger(u"customers"_s)),
            postgresOnly(notifyTrigger(u"interactions"_s)),
            postgresOnly(notifyTrigger(u"escalations"_s)),
            postgresOnly(notifyTrigger(u"templates"_s)),
            postgresOnly(notifyTrigger(u"follow_ups"_s)),
        } };
}

// Reply templates are archived, never deleted; a message sent from a template remembers it, and a referral
// received links back to the request that earned it.
Migration version3()
{
    return { 3, u"template archive and referral links"_s,
        {
            both(u"ALTER TABLE templates ADD COLUMN archived_at BIGINT"_s),
            both(u"CREATE INDEX templates_by_owner ON templates (owner_id, archived_at)"_s),
            // Shortcodes are unique per owner (shared: none) and channel among live templates. The service
            // says so in words first; this catches two desks saving at the same moment.
            both(u"CREATE UNIQUE INDEX templates_unique_shortcode ON templates"
                 " (COALESCE(owner_id, 0), COALESCE(channel, ''), shortcode)"
                 " WHERE archived_at IS NULL AND shortcode <> ''"_s),
            both(u"ALTER TABLE interactions ADD COLUMN template_id BIGINT REFERENCES templates (id)"_s),
            both(u"ALTER TABLE interactions ADD COLUMN referral_request_id BIGINT REFERENCES interactions (id)"_s),
            both(u"CREATE INDEX interactions_by_template ON interactions (template_id)"_s),
            both(u"CREATE INDEX interactions_by_referral_request ON interactions (referral_request_id)"_s),
        } };
}

// Escalation queues sort by the due time that matters now (the claim's while new, the resolution's
// afterwards), kept in one indexed column; a hand-off links every interaction the rep selected.
Migration version4()
{
    return { 4, u"escalation queues and hand-off links"_s,
        {
            both(u"ALTER TABLE escalations ADD COLUMN sla_due_at BIGINT NOT NULL DEFAULT 0"_s),
            both(u"UPDATE escalations SET sla_due_at = CASE WHEN state = 'new' THEN claim_due_at"
                 " ELSE resolve_due_at END"_s),
            both(u"CREATE INDEX escalations_by_due ON escalations (sla_due_at, id)"_s),
            both(u"CREATE INDEX escalations_by_assignee_due ON escalations (assigned_to, sla_due_at, id)"_s),
            both(u"CREATE INDEX escalations_by_creator_due ON escalations (created_by, sla_due_at, id)"_s),
            both(u"CREATE INDEX escalation_attachments_by_escalation ON escalation_attachments (escalation_id, id)"_s),
            both(u"CREATE TABLE escalation_interactions (escalation_id BIGINT NOT NULL REFERENCES escalations (id),"
                 " interaction_id BIGINT NOT NULL REFERENCES interactions (id),"
                 " PRIMARY KEY (escalation_id, interaction_id))"_s),
        } };
}

// Team-lead review: QA scores, the day a customer churned (so churn can be counted per period), the
// indexes the KPIs read, and an audit trail that cannot be quietly rewritten: its chain head is kept
// apart from the table, and on PostgreSQL the table itself refuses UPDATE and DELETE.
Migration version5()
{
    return { 5, u"review, KPIs and audit head"_s,
        {
            both(u"CREATE TABLE qa_reviews (id %PK%, interaction_id BIGINT NOT NULL REFERENCES interactions (id),"
                 " agent_id BIGINT NOT NULL REFERENCES agents (id), reviewer_id BIGINT NOT NULL REFERENCES agents (id),"
                 " listen INTEGER NOT NULL CHECK (listen BETWEEN 1 AND 5),"
                 " empathize INTEGER NOT NULL CHECK (empathize BETWEEN 1 AND 5),"
                 " apologize INTEGER NOT NULL CHECK (apologize BETWEEN 1 AND 5),"
                 " solve INTEGER NOT NULL CHECK (solve BETWEEN 1 AND 5),"
                 " thank INTEGER NOT NULL CHECK (thank BETWEEN 1 AND 5),"
                 " accuracy INTEGER NOT NULL CHECK (accuracy BETWEEN 1 AND 5),"
                 " tone INTEGER NOT NULL CHECK (tone BETWEEN 1 AND 5),"
                 " comment TEXT NOT NULL DEFAULT '', reviewed_at BIGINT NOT NULL)"_s),
            both(u"CREATE INDEX qa_reviews_by_interaction ON qa_reviews (interaction_id, id)"_s),
            both(u"CREATE INDEX qa_reviews_by_agent ON qa_reviews (agent_id, reviewed_at)"_s),
            postgresOnly(notifyTrigger(u"qa_reviews"_s)),
            // Churn is counted by when it happened; the lifecycle column only says what is true now. The
            // database stamps the moment (the row's updated_at, which the service sets from its clock)
            // whoever changes the lifecycle.
            both(u"ALTER TABLE customers ADD COLUMN churned_at BIGINT"_s),
            both(u"UPDATE customers SET churned_at = updated_at WHERE lifecycle = 'churned'"_s),
            both(u"CREATE INDEX customers_by_churn ON customers (churned_at)"_s),
            sqliteOnly(u"CREATE TRIGGER customers_churned_at_insert AFTER INSERT ON customers"
                       " WHEN new.lifecycle = 'churned' AND new.churned_at IS NULL BEGIN"
                       " UPDATE customers SET churned_at = new.updated_at WHERE id = new.id; END"_s),
            sqliteOnly(u"CREATE TRIGGER customers_churned_at_update AFTER UPDATE OF lifecycle ON customers"
                       " WHEN new.lifecycle IS NOT old.lifecycle BEGIN"
                       " UPDATE customers SET churned_at = CASE WHEN new.lifecycle = 'churned' THEN new.updated_at"
                       " ELSE NULL END WHERE id = new.id; END"_s),
            postgresOnly(
                u"CREATE FUNCTION tandem_customer_churned_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                " IF TG_OP = 'INSERT' THEN"
                " IF NEW.lifecycle = 'churned' AND NEW.churned_at IS NULL THEN NEW.churned_at := NEW.updated_at;"
                " END IF;"
                " ELSIF NEW.lifecycle IS DISTINCT FROM OLD.lifecycle THEN"
                " NEW.churned_at := CASE WHEN NEW.lifecycle = 'churned' THEN NEW.updated_at ELSE NULL END;"
                " END IF; RETURN NEW; END $$"_s),
            postgresOnly(u"CREATE TRIGGER customers_churned_at BEFORE INSERT OR UPDATE OF lifecycle ON customers"
                         " FOR EACH ROW EXECUTE FUNCTION tandem_customer_churned_at()"_s),
            // The KPIs read these without touching the rows: contacts and complaints by kind, direction and
            // time (with whose and which customer's), the next reply to a customer, the customer base.
            both(u"CREATE INDEX interactions_by_kind_direction_time ON interactions"
                 " (kind, direction, occurred_at, customer_id, agent_id)"_s),
            both(u"CREATE INDEX interactions_by_customer_direction_time ON interactions"
                 " (customer_id, direction, occurred_at)"_s),
            both(u"CREATE INDEX customers_by_lifecycle_created ON customers"
                 " (lifecycle, created_at, churned_at, merged_into)"_s),
            both(u"CREATE INDEX escalation_events_by_action_time ON escalation_events (action, occurred_at)"_s),
            // The chain head names the newest entry, so deleting the last entries is noticed too.
            both(u"INSERT INTO tandem_meta (key, value) SELECT 'audit_head', CAST(id AS TEXT) || ':' || hash"
                 " FROM audit_log WHERE id = (SELECT max(id) FROM audit_log) ON CONFLICT (key) DO NOTHING"_s),
            postgresOnly(u"CREATE FUNCTION tandem_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                         " RAISE EXCEPTION 'the audit trail is append-only: % on audit_log is refused', TG_OP;"
                         " END $$"_s),
            postgresOnly(u"CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log"
                         " FOR EACH ROW EXECUTE FUNCTION tandem_audit_append_only()"_s),
        } };
}

// Newest-first search on SQLite: the full-text index is keyed by a number that sorts as (occurred_at,
// id) does, so FTS5 hands out the newest matches first and stops after a page, instead of finding every
// match and sorting them (half a second for a common word in a million interactions).
Migration version6()
{
    return { 6, u"interaction search in time order"_s,
        {
            // An interrupted bulk load of an older version may have dropped it already.
            sqliteOnly(u"DROP TRIGGER IF EXISTS interactions_fts_insert"_s),
            sqliteOnly(u"DROP TRIGGER interactions_fts_delete"_s),
            sqliteOnly(u"DROP TRIGGER interactions_fts_update"_s),
            sqliteOnly(u"DROP TABLE interactions_fts"_s),
            sqliteOnly(u"ALTER TABLE interactions ADD COLUMN search_key INTEGER GENERATED ALWAYS AS (%1) VIRTUAL"_s.arg(
                SqlDialect::searchKeyExpression(u"occurred_at"_s, u"id"_s))),
            sqliteOnly(u"CREATE UNIQUE INDEX interactions_by_search_key ON interactions (search_key)"_s),
            // FTS5 collects every match of a prefix before it can hand out the newest. Three-letter
            // prefixes, which stand for the most words, have their own index; a longer prefix is replaced
            // by the words it stands for, read from the vocabulary (SearchRepository).
            sqliteOnly(u"CREATE VIRTUAL TABLE interactions_fts USING fts5(subject, body, content='interactions',"
                       " content_rowid='search_key', tokenize='unicode61 remove_diacritics 2', prefix='3')"_s),
            sqliteOnly(u"CREATE VIRTUAL TABLE interactions_fts_words USING fts5vocab(interactions_fts, 'row')"_s),
            sqliteOnly(sqliteFullTextInsertTriggers().at(0)),
            sqliteOnly(u"CREATE TRIGGER interactions_fts_delete AFTER DELETE ON interactions BEGIN"
                       " INSERT INTO interactions_fts (interactions_fts, rowid, subject, body)"
                       " VALUES ('delete', old.search_key, old.subject, old.body); END"_s),
            sqliteOnly(u"CREATE TRIGGER interactions_fts_update AFTER UPDATE OF subject, body, occurred_at"
                       " ON interactions BEGIN"
                       " INSERT INTO interactions_fts (interactions_fts, rowid, subject, body)"
                       " VALUES ('delete', old.search_key, old.subject, old.body);"
                       " INSERT INTO interactions_fts (rowid, subject, body)"
                       " VALUES (new.search_key, new.subject, new.body); END"_s),
            sqliteOnly(sqliteInteractionsFullTextFill()),
        } };
}

void refoldCustomerSearchText(const QSqlDatabase &db)
{
    QList<std::pair<Id, QString>> refolded;
    Query rows(db, u"SELECT id, first_name, last_name, email, company, phone FROM customers"_s);
    while (rows.next()) {
        Customer customer;
        customer.firstName = rows.text(1);
        customer.lastName = rows.text(2);
        customer.email = rows.text(3);
        customer.company = rows.text(4);
        customer.phone = rows.text(5);
        refolded.append({ rows.integer(0), CustomerRepository::searchTextOf(customer) });
    }
    for (const auto &[id, searchText] : std::as_const(refolded))
        Query(db, u"UPDATE customers SET search_text = ? WHERE id = ?"_s, { searchText, id });
}

// Every search box folds text one way (domain/TextFolding), which maps letters such as the dotless "ı" that
// keep no mark to drop: "yilm" finds "Yılmaz". The stored folded column is recomputed that way, and SQLite's
// customer index reads it instead of the raw name columns, so typed and stored text fold alike on both
// backends (PostgreSQL's search_vector is generated from search_text already).
Migration version7()
{
    return { 7, u"one text folding for customer search"_s,
        {
            sqliteOnly(u"DROP TRIGGER IF EXISTS customers_fts_insert"_s),
            sqliteOnly(u"DROP TRIGGER customers_fts_delete"_s),
            sqliteOnly(u"DROP TRIGGER customers_fts_update"_s),
            sqliteOnly(u"DROP TABLE customers_fts"_s),
            rewriteOnBoth(refoldCustomerSearchText),
            sqliteOnly(u"CREATE VIRTUAL TABLE customers_fts USING fts5(search_text, content='customers',"
                       " content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"_s),
            sqliteOnly(sqliteFullTextInsertTriggers().at(1)),
            sqliteOnly(u"CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN"
                       " INSERT INTO customers_fts (customers_fts, rowid, search_text)"
                       " VALUES ('delete', old.id, old.search_text); END"_s),
            sqliteOnly(u"CREATE TRIGGER customers_fts_update AFTER UPDATE OF search_text ON customers BEGIN"
                       " INSERT INTO customers_fts (customers_fts, rowid, search_text)"
                       " VALUES ('delete', old.id, old.search_text);"
                       " INSERT INTO customers_fts (rowid, search_text) VALUES (new.id, new.search_text); END"_s),
            sqliteOnly(u"INSERT INTO customers_fts (customers_fts) VALUES ('rebuild')"_s),
        } };
}

// A correction is a new interaction that supersedes the one it corrects (DESIGN.md section 4). The old row
// names its correction, so a timeline marks it without a second look-up and the KPIs skip it; an entry is
// corrected once (later corrections correct the correction), which the unique index holds when two desks
// correct it at the same moment. The KPIs' covering index carries the column, so they still read no rows.
Migration version8()
{
    return { 8, u"corrections supersede interactions"_s,
        {
            both(u"ALTER TABLE interactions ADD COLUMN superseded_by BIGINT REFERENCES interactions (id)"_s),
            both(u"CREATE UNIQUE INDEX interactions_one_correction ON interactions (corrects_id)"
                 " WHERE corrects_id IS NOT NULL"_s),
            // An interrupted bulk load of an older version may have dropped it already.
            both(u"DROP INDEX IF EXISTS interactions_by_kind_direction_time"_s),
            both(u"CREATE INDEX interactions_by_kind_direction_time ON interactions"
                 " (kind, direction, occurred_at, customer_id, agent_id, superseded_by)"_s),
        } };
}

void foldEscalationSearchText(const QSqlDatabase &db)
{
    QList<std::pair<Id, QString>> folded;
    Query rows(db, u"SELECT id, summary FROM escalations"_s);
    while (rows.next())
        folded.append({ rows.integer(0), EscalationRepository::searchTextOf(rows.text(1)) });
    for (const auto &[id, searchText] : std::as_const(folded))
        Query(db, u"UPDATE escalations SET search_text = ? WHERE id = ?"_s, { searchText, id });
}

// The queues' search box finds an escalation by its number, customer or summary, folded as every search box
// folds; the summary's folded form is stored, as the customers' is, so both backends compare alike.
Migration version9()
{
    return { 9, u"escalation queue search"_s,
        {
            both(u"ALTER TABLE escalations ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"_s),
            rewriteOnBoth(foldEscalationSearchText),
        } };
}

// Conversations and the shared inbox (issue 17). A conversation groups the interactions of one exchange,
// which stay on the customer's timeline; every inbox folder reads one partial index of the active (open or
// pending) conversations in its own order, so a page costs the same with a hundred or a million closed
// ones. Replies wait in the outbox, written with their interaction; a channel's message ids are kept so a
// message recorded twice is recorded once, and a reply to a closed thread finds it again.
Migration version10()
{
    const QString active = ConversationRepository::activeCondition();
    const auto activeIndex = [&active](const QString &name, const QString &columns) {
        return both(u"CREATE INDEX %1 ON conversations (%2) WHERE %3"_s.arg(name, columns, active));
    };
    return { 10, u"conversations, shared inbox and outbox"_s,
        {
            // A customer's message finds them by address.
            both(u"CREATE INDEX customers_by_email ON customers (lower(email))"_s),
            both(u"CREATE INDEX customers_by_phone ON customers (phone)"_s),
            both(u"CREATE INDEX customer_contacts_by_value ON customer_contacts (lower(value))"_s),
            both(u"CREATE TABLE team_queues (id %PK%, name TEXT NOT NULL UNIQUE, active INTEGER NOT NULL DEFAULT 1)"_s),
            both(u"CREATE TABLE conversations (id %PK%, customer_id BIGINT NOT NULL REFERENCES customers (id),"
                 " channel TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '',"
                 " status TEXT NOT NULL CHECK (status IN ('open', 'pending', 'snoozed', 'closed')),"
                 " snoozed_until BIGINT, assignee_id BIGINT REFERENCES agents (id),"
                 " queue_id BIGINT REFERENCES team_queues (id), priority TEXT NOT NULL DEFAULT 'normal',"
                 " waiting_since BIGINT, due_at BIGINT, first_response_due_at BIGINT, first_response_at BIGINT,"
                 " last_message_at BIGINT NOT NULL, last_inbound_at BIGINT, created_at BIGINT NOT NULL,"
                 " closed_at BIGINT, version INTEGER NOT NULL DEFAULT 1)"_s),
            activeIndex(u"conversations_waiting"_s, u"waiting_since, id"_s),
            activeIndex(u"conversations_due"_s, u"due_at, id"_s),
            activeIndex(u"conversations_recent"_s, u"last_message_at, id"_s),
            activeIndex(u"conversations_assignee_waiting"_s, u"assignee_id, waiting_since, id"_s),
            activeIndex(u"conversations_assignee_due"_s, u"assignee_id, due_at, id"_s),
            activeIndex(u"conversations_assignee_recent"_s, u"assignee_id, last_message_at, id"_s),
            activeIndex(u"conversations_queue_waiting"_s, u"queue_id, waiting_since, id"_s),
            activeIndex(u"conversations_queue_due"_s, u"queue_id, due_at, id"_s),
            activeIndex(u"conversations_queue_recent"_s, u"queue_id, last_message_at, id"_s),
            both(u"CREATE INDEX conversations_snoozed ON conversations (snoozed_until, id)"
                 " WHERE status = 'snoozed'"_s),
            both(u"CREATE INDEX conversations_closed ON conversations (closed_at, id) WHERE status = 'closed'"_s),
            // The sidebar's counts read this alone. Partial, so that no folder's page, which names its
            // statuses otherwise, can pick it and then sort.
            both(u"CREATE INDEX conversations_by_status ON conversations (status, queue_id, assignee_id)"
                 " WHERE status IN ('open', 'pending', 'snoozed')"_s),
            both(u"CREATE INDEX conversations_by_customer ON conversations (customer_id, channel, last_message_at)"_s),
            // KPIs: first responses and breaches by when the conversation began.
            both(u"CREATE INDEX conversations_by_created ON conversations"
                 " (created_at, first_response_due_at, first_response_at)"_s),
            both(u"CREATE TABLE conversation_tags (conversation_id BIGINT NOT NULL REFERENCES conversations (id),"
                 " tag TEXT NOT NULL, PRIMARY KEY (conversation_id, tag))"_s),
            both(u"CREATE INDEX conversation_tags_by_tag ON conversation_tags (tag, conversation_id)"_s),
            both(u"CREATE TABLE conversation_reads (conversation_id BIGINT NOT NULL REFERENCES conversations (id),"
                 " agent_id BIGINT NOT NULL REFERENCES agents (id), read_at BIGINT NOT NULL,"
                 " PRIMARY KEY (conversation_id, agent_id))"_s),
            // Existing interactions belong to no conversation and stay as they are. No foreign key, as for
            // escalation_id: a bulk load (demo data) writes the messages before the conversations it folds
            // them into, and the services write both in one transaction.
            both(u"ALTER TABLE interactions ADD COLUMN conversation_id BIGINT"_s),
            both(u"CREATE INDEX interactions_by_conversation ON interactions (conversation_id, occurred_at, id)"
                 " WHERE conversation_id IS NOT NULL"_s),
            both(u"CREATE TABLE channel_messages (channel TEXT NOT NULL, external_id TEXT NOT NULL,"
                 " interaction_id BIGINT NOT NULL REFERENCES interactions (id),"
                 " conversation_id BIGINT NOT NULL REFERENCES conversations (id),"
                 " PRIMARY KEY (channel, external_id))"_s),
            both(u"CREATE TABLE outbox (id %PK%, interaction_id BIGINT NOT NULL UNIQUE REFERENCES interactions (id),"
                 " conversation_id BIGINT NOT NULL REFERENCES conversations (id), channel TEXT NOT NULL,"
                 " state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')),"
                 " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '',"
                 " queued_at BIGINT NOT NULL, next_attempt_at BIGINT NOT NULL, sent_at BIGINT)"_s),
            both(u"CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at, id)"_s),
            postgresOnly(notifyTrigger(u"conversations"_s)),
            postgresOnly(notifyTrigger(u"conversation_tags"_s)),
            postgresOnly(notifyTrigger(u"outbox"_s)),
        } };
}

// The random part of every delivery key this workspace gives its replies (OutgoingMessage::deliveryKeyFor):
// made once, when the outbox learns to send, so keys never change and never match another workspace's.
void makeOutboxDomain(const QSqlDatabase &db)
{
    Query::run(db, u"INSERT INTO tandem_meta (key, value) VALUES ('outbox_domain', ?) ON CONFLICT (key) DO NOTHING"_s,
        { QUuid::createUuid().toString(QUuid::Id128) });
}

// Sending replies: a worker claims an entry (state 'sending' with the claim time) before it hands it to a
// connector, so a second worker never takes it while the claim is fresh; a failure that trying again
// cannot mend waits for a person's retry.
Migration version11()
{
    return { 11, u"outbox sending"_s,
        {
            both(u"ALTER TABLE outbox ADD COLUMN claimed_at BIGINT"_s),
            both(u"ALTER TABLE outbox ADD COLUMN permanent INTEGER NOT NULL DEFAULT 0"_s),
            both(u"CREATE INDEX outbox_by_conversation ON outbox (conversation_id)"_s),
            rewriteOnBoth(makeOutboxDomain),
        } };
}

// Who has a conversation open and who is typing a reply: a desk's heartbeat keeps its row fresh, and a
// row older than the presence timeout counts as gone, so nothing needs deleting when a laptop closes.
// Presence is not audited. Other desks are told only when someone comes, goes or starts or stops typing
// (not on heartbeats), and under a payload of its own, so they re-read presence and nothing else.
Migration version12()
{
    return { 12, u"conversation presence"_s,
        {
            both(u"CREATE TABLE conversation_presence (agent_id BIGINT NOT NULL REFERENCES agents (id),"
                 " conversation_id BIGINT NOT NULL REFERENCES conversations (id),"
                 " typing INTEGER NOT NULL DEFAULT 0, heartbeat_at BIGINT NOT NULL,"
                 " PRIMARY KEY (conversation_id, agent_id))"_s),
            postgresOnly(u"CREATE TRIGGER conversation_presence_notify"
                         " AFTER INSERT OR DELETE OR UPDATE OF typing ON conversation_presence"
                         " FOR EACH STATEMENT EXECUTE FUNCTION tandem_notify_change()"_s),
        } };
}

// An escalation remembers the conversation it was made from, so the specialist's hand-back lands there and
// the conversation shows how the escalation stands. Existing escalations were made from no conversation.
Migration version13()
{
    return { 13, u"escalations from conversations"_s,
        {
            both(u"ALTER TABLE escalations ADD COLUMN conversation_id BIGINT REFERENCES conversations (id)"_s),
            both(u"CREATE INDEX escalations_by_conversation ON escalations (conversation_id)"
                 " WHERE conversation_id IS NOT NULL"_s),
        } };
}

// The reply SLA counts conversations by when their first answer was due, for the team or one assignee; the
// old index by beginning served a count nothing reads any more.
Migration version14()
{
    return { 14, u"reply SLA by due time"_s,
        {
            both(u"DROP INDEX conversations_by_created"_s),
            both(u"CREATE INDEX conversations_by_first_response_due ON conversations"
                 " (first_response_due_at, first_response_at, assignee_id)"_s),
        } };
}

// The reply SLA counts next responses as well as first ones: each reply records the answer it gave and when
// that was due, and earlier replies get theirs from their conversations' messages, the way the rules would have
// recorded them (answers still owed are read from the conversations that wait). SQLite desks also count their
// changes, so that others learn of presence apart from data (SqliteChangeCounters).
Migration version15()
{
    return { 15, u"next-response SLA"_s,
        {
            both(u"CREATE TABLE conversation_responses ("
                 " interaction_id BIGINT PRIMARY KEY REFERENCES interactions (id),"
                 " conversation_id BIGINT NOT NULL REFERENCES conversations (id),"
                 " agent_id BIGINT REFERENCES agents (id), first_response INTEGER NOT NULL,"
                 " due_at BIGINT NOT NULL, answered_at BIGINT NOT NULL)"_s),
            both(u"CREATE INDEX conversation_responses_by_due ON conversation_responses (due_at, agent_id)"_s),
            both(u"CREATE INDEX conversations_next_response_due ON conversations (due_at, assignee_id)"
                 " WHERE waiting_since IS NOT NULL AND first_response_at IS NOT NULL"_s),
            rewriteOnBoth(ConversationResponses::deriveFromMessages),
            sqliteOnly(
                u"INSERT INTO tandem_meta (key, value) VALUES ('data_changes', '0'), ('presence_changes', '0')"_s),
        } };
}

// Mail accounts a team lead sets up: where customers' mail comes from and replies leave. The password is
// not here: it lives in the operating system's keyring or a credentials file, under secret_key.
Migration version16()
{
    return { 16, u"mail accounts"_s,
        {
            both(u"CREATE TABLE mail_accounts (id %PK%, name TEXT NOT NULL UNIQUE,"
                 " imap_host TEXT NOT NULL, imap_port INTEGER NOT NULL,"
                 " imap_security TEXT NOT NULL CHECK (imap_security IN ('tls', 'starttls')),"
                 " smtp_host TEXT NOT NULL, smtp_port INTEGER NOT NULL,"
                 " smtp_security TEXT NOT NULL CHECK (smtp_security IN ('tls', 'starttls')),"
                 " login TEXT NOT NULL, addresses TEXT NOT NULL, queue_id BIGINT REFERENCES team_queues (id),"
                 " save_to_sent INTEGER NOT NULL DEFAULT 1, ca_certificate_file TEXT NOT NULL DEFAULT '',"
                 " secret_key TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, version INTEGER NOT NULL DEFAULT 1)"_s),
            postgresOnly(notifyTrigger(u"mail_accounts"_s)),
        } };
}

// Where fetching stopped in each account's folder: the folder's UIDVALIDITY (a new one means the server
// renumbered the folder, so fetching starts over and the idempotent import skips what it has) and the
// highest UID recorded. Goes with its account.
Migration version17()
{
    return { 17, u"mail fetch state"_s,
        {
            both(u"CREATE TABLE mail_fetch_state ("
                 " account_id BIGINT NOT NULL REFERENCES mail_accounts (id) ON DELETE CASCADE,"
                 " folder TEXT NOT NULL, uid_validity BIGINT NOT NULL, last_uid BIGINT NOT NULL,"
                 " fetched_at BIGINT NOT NULL, PRIMARY KEY (account_id, folder))"_s),
        } };
}

// What a customer's message carried besides its text: the HTML as sent (shown only through the sanitiser)
// and its files. A file's content is kept once per SHA-256 however many messages carry it; a file refused
// for its size is listed with the reason and no content. Escalations link files of their conversation.
Migration version19()
{
    return { 19, u"message HTML and attachments"_s,
        {
            both(u"CREATE TABLE message_html (interaction_id BIGINT PRIMARY KEY REFERENCES interactions (id),"
                 " html TEXT NOT NULL)"_s),
            sqliteOnly(u"CREATE TABLE attachment_contents (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL,"
                       " content BLOB NOT NULL, created_at BIGINT NOT NULL)"_s),
            postgresOnly(u"CREATE TABLE attachment_contents (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL,"
                         " content BYTEA NOT NULL, created_at BIGINT NOT NULL)"_s),
            both(u"CREATE TABLE message_attachments (id %PK%,"
                 " interaction_id BIGINT NOT NULL REFERENCES interactions (id), position INTEGER NOT NULL,"
                 " file_name TEXT NOT NULL, mime_type TEXT NOT NULL, size BIGINT NOT NULL,"
                 " sha256 TEXT REFERENCES attachment_contents (sha256), refusal TEXT NOT NULL DEFAULT '')"_s),
            both(
                u"CREATE INDEX message_attachments_by_interaction ON message_attachments (interaction_id, position)"_s),
            both(u"CREATE TABLE escalation_message_attachments ("
                 " escalation_id BIGINT NOT NULL REFERENCES escalations (id),"
                 " attachment_id BIGINT NOT NULL REFERENCES message_attachments (id),"
                 " linked_by BIGINT REFERENCES agents (id), linked_at BIGINT NOT NULL,"
                 " PRIMARY KEY (escalation_id, attachment_id))"_s),
        } };
}

// Replies sent before their Message-IDs were kept: each is recorded under the id it went out with, so an
// answer naming it still finds its conversation.
void recordSentMessageIds(const QSqlDatabase &db)
{
    const QString domain = Query::scalar(db, u"SELECT value FROM tandem_meta WHERE key = 'outbox_domain'"_s).toString();
    Query sent(db, u"SELECT id, interaction_id, conversation_id, channel FROM outbox ORDER BY id"_s);
    struct Sent
    {
        Id outboxId;
        Id interactionId;
        Id conversationId;
        QString channel;
    };
    QList<Sent> rows;
    while (sent.next())
        rows.append({ sent.integer(0), sent.integer(1), sent.integer(2), sent.text(3) });
    for (const Sent &row : rows) {
        const Channel channel = fromKey<Channel>(row.channel).value_or(Channel::Email);
        Query::run(db,
            u"INSERT INTO channel_messages (channel, external_id, interaction_id, conversation_id)"
            " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
            { row.channel,
                OutgoingMessage::externalIdFor(
                    channel, OutgoingMessage::deliveryKeyFor(row.outboxId, domain, QString())),
                row.interactionId, row.conversationId });
    }
}

// Loops, noise and surveys by mail. A bounce marks the customer's address as failing (until it changes:
// the address is kept with the mark). Mail Tandem sends by itself (surveys) is marked automatic, so it
// goes out with Auto-Submitted. A queue may ask for a survey when a conversation closes; the survey sent
// is kept per conversation, so a close sends it once and its answer is recognised.
Migration version20()
{
    return { 20, u"bounces and surveys by mail"_s,
        {
            rewriteOnBoth(recordSentMessageIds),
            both(u"ALTER TABLE customers ADD COLUMN failing_email TEXT NOT NULL DEFAULT ''"_s),
            both(u"ALTER TABLE customers ADD COLUMN failing_email_reason TEXT NOT NULL DEFAULT ''"_s),
            both(u"ALTER TABLE customers ADD COLUMN failing_email_at BIGINT"_s),
            both(u"ALTER TABLE outbox ADD COLUMN automatic INTEGER NOT NULL DEFAULT 0"_s),
            both(u"ALTER TABLE team_queues ADD COLUMN survey TEXT NOT NULL DEFAULT 'none'"
                 " CHECK (survey IN ('none', 'csat', 'nps', 'ces'))"_s),
            both(u"CREATE TABLE conversation_surveys ("
                 " conversation_id BIGINT PRIMARY KEY REFERENCES conversations (id),"
                 " kind TEXT NOT NULL CHECK (kind IN ('csat', 'nps', 'ces')),"
                 " interaction_id BIGINT NOT NULL REFERENCES interactions (id), sent_at BIGINT NOT NULL,"
                 " response_id BIGINT REFERENCES survey_responses (id))"_s),
            postgresOnly(notifyTrigger(u"conversation_surveys"_s)),
        } };
}

// Each outbox entry gets a random token of its own in its delivery key (its Message-ID), so that one of our
// Message-IDs does not tell the next; entries queued before keep the key they had (an empty token).
// Facts, not sentences: a refused attachment keeps the size limit it was over and a bounced reply is marked
// as such, its last_error keeping only the server's words; the sentences are made when they are shown, in
// the reader's language. Attachments refused before keep 0 (a limit not recorded). Replies that bounced
// before keep the sentence they were stored with.
Migration version22()
{
    return { 22, u"message tokens, stored facts for refusals and bounces"_s,
        {
            both(u"ALTER TABLE message_attachments ADD COLUMN refused_above BIGINT"_s),
            both(u"UPDATE message_attachments SET refused_above = 0 WHERE refusal <> ''"_s),
            both(u"ALTER TABLE message_attachments DROP COLUMN refusal"_s),
            both(u"ALTER TABLE outbox ADD COLUMN bounced INTEGER NOT NULL DEFAULT 0"_s),
            both(u"ALTER TABLE outbox ADD COLUMN message_token TEXT NOT NULL DEFAULT ''"_s),
        } };
}

// The knowledge base (issue 19). An article row holds its text as it is now (a draft's, or the newest
// published version's); every published state is kept in article_versions. A draft with edit_of is a
// suggested change to that article, published there when approved. Its tags are one column (tags_text, one
// tag a line), which the search index reads too: a table of tags would need DELETE to take one off, a right
// the app role of a two-role team server has on customer tags alone. The index is the interactions' kind:
// FTS5 with the same tokenizer on SQLite, a generated tsvector on PostgreSQL (title over tags over body).
Migration version23()
{
    return { 23, u"knowledge base"_s,
        {
            both(u"CREATE TABLE articles (id %PK%, title TEXT NOT NULL, body TEXT NOT NULL DEFAULT '',"
                 " category TEXT NOT NULL DEFAULT '', tags_text TEXT NOT NULL DEFAULT '',"
                 " language TEXT NOT NULL DEFAULT 'en',"
                 " visibility TEXT NOT NULL CHECK (visibility IN ('internal', 'public')),"
                 " state TEXT NOT NULL CHECK (state IN ('draft', 'published', 'archived')),"
                 " owner_id BIGINT REFERENCES agents (id), edit_of BIGINT REFERENCES articles (id),"
                 " last_reviewed TEXT, stale_after_months INTEGER NOT NULL DEFAULT 12,"
                 " published_version INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL,"
                 " updated_at BIGINT NOT NULL)"_s),
            both(u"CREATE INDEX articles_by_state ON articles (state, category, title, id)"_s),
            both(u"CREATE INDEX articles_by_edit_of ON articles (edit_of) WHERE edit_of IS NOT NULL"_s),
            both(u"CREATE TABLE article_versions (article_id BIGINT NOT NULL REFERENCES articles (id),"
                 " number INTEGER NOT NULL, author_id BIGINT REFERENCES agents (id),"
                 " published_by BIGINT REFERENCES agents (id), published_at BIGINT NOT NULL,"
                 " title TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (article_id, number))"_s),
            sqliteOnly(u"CREATE VIRTUAL TABLE articles_fts USING fts5(title, tags_text, body, content='articles',"
                       " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_s),
            sqliteOnly(u"CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
                       " INSERT INTO articles_fts (rowid, title, tags_text, body)"
                       " VALUES (new.id, new.title, new.tags_text, new.body); END"_s),
            sqliteOnly(u"CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
                       " INSERT INTO articles_fts (articles_fts, rowid, title, tags_text, body)"
                       " VALUES ('delete', old.id, old.title, old.tags_text, old.body); END"_s),
            sqliteOnly(u"CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, tags_text, body ON articles BEGIN"
                       " INSERT INTO articles_fts (articles_fts, rowid, title, tags_text, body)"
                       " VALUES ('delete', old.id, old.title, old.tags_text, old.body);"
                       " INSERT INTO articles_fts (rowid, title, tags_text, body)"
                       " VALUES (new.id, new.title, new.tags_text, new.body); END"_s),
            postgresOnly(u"ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS"
                         " (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple',"
                         " tags_text), 'B') || setweight(to_tsvector('simple', left(body, 100000)), 'D')) STORED"_s),
            postgresOnly(u"CREATE INDEX articles_search ON articles USING GIN (search_vector)"_s),
            postgresOnly(notifyTrigger(u"articles"_s)),
            postgresOnly(notifyTrigger(u"article_versions"_s)),
        } };
}

// Sent once, never twice (issue 18): a worker commits hand_over_at right before it hands a reply over where it
// cannot be taken back (SMTP), so an entry found 'sending' after a crash with it set may have reached the
// customer; such an entry, and one whose Sent copy still carries the pending mark, becomes failed, permanent
// and maybe_sent: it waits for a person to check and send it again or mark it sent.
Migration version24()
{
    return { 24, u"outbox hand-over record"_s,
        {
            both(u"ALTER TABLE outbox ADD COLUMN hand_over_at BIGINT"_s),
            both(u"ALTER TABLE outbox ADD COLUMN maybe_sent INTEGER NOT NULL DEFAULT 0"_s),
        } };
}

// How useful knowledge-base articles are (issue 19): each article that went into a reply (by link, text or a
// template's placeholders), written with the reply, and whether the reply's text carried the article's link.
// Rows are only ever added (the app role of a two-role team server has no DELETE here). The conversation is
// kept so "stayed closed" and the KPI "answered with an article" read it without the interaction.
Migration version25()
{
    return { 25, u"article usage"_s,
        {
            both(u"CREATE TABLE article_uses (id %PK%, article_id BIGINT NOT NULL REFERENCES articles (id),"
                 " interaction_id BIGINT NOT NULL REFERENCES interactions (id), conversation_id BIGINT,"
                 " agent_id BIGINT REFERENCES agents (id),"
                 " how TEXT NOT NULL CHECK (how IN ('link', 'text', 'placeholder')),"
                 " with_link INTEGER NOT NULL DEFAULT 0, used_at BIGINT NOT NULL,"
                 " UNIQUE (interaction_id, article_id, how))"_s),
            both(u"CREATE INDEX article_uses_by_article ON article_uses (article_id, used_at)"_s),
            both(u"CREATE INDEX article_uses_by_conversation ON article_uses (conversation_id, with_link)"
                 " WHERE conversation_id IS NOT NULL"_s),
            postgresOnly(notifyTrigger(u"article_uses"_s)),
        } };
}

// "Turn into article" (issue 19): a draft made from a resolved escalation names it, and stays marked until a
// writer confirms it was checked for customer data; publishing waits for that.
Migration version28()
{
    return { 28, u"articles made from escalations"_s,
        {
            both(u"ALTER TABLE articles ADD COLUMN from_escalation BIGINT REFERENCES escalations (id)"_s),
            both(u"ALTER TABLE articles ADD COLUMN needs_check INTEGER NOT NULL DEFAULT 0"_s),
        } };
}

// Search on a team server (issue 20): with the default statistics PostgreSQL knows the frequencies of the
// 1,000 commonest words only and guesses any other word in a fixed share of the interactions, so for a word that
// is in none (or very few) it walks the time index from the newest interaction expecting 50 matches soon and
// reads all of them (5.5 s at 1,000,000). A larger sample knows many more words and their frequencies, and
// with it such a word goes to the search index (0.2 ms). The next ANALYZE (autovacuum's or a demo load's) takes it.
Migration version29()
{
    return { 29, u"search statistics on the team server"_s,
        {
            postgresOnly(u"ALTER TABLE interactions ALTER COLUMN search_vector SET STATISTICS 2000"_s),
        } };
}

// A team server's notifications name the rows of the tables an inbox list shows, so that fifty desks re-read
// the one conversation a customer wrote to instead of their whole first page each. One notification per
// statement; a statement that changed many rows (an import) names only its table. (PostgreSQL allows a
// transition table only on a trigger for one event: three triggers per table.)
QStringList rowNamingTriggers(const QString &table, const QString &idColumn)
{
    const QString trigger = u"CREATE TRIGGER %1_notify_%2 AFTER %3 ON %1 REFERENCING %4 TABLE AS %5"
                            " FOR EACH STATEMENT EXECUTE FUNCTION tandem_notify_%5('%6')"_s;
    return { u"DROP TRIGGER IF EXISTS %1_notify ON %1"_s.arg(table),
        trigger.arg(table, u"insert"_s, u"INSERT"_s, u"NEW"_s, u"new_rows"_s, idColumn),
        trigger.arg(table, u"update"_s, u"UPDATE"_s, u"NEW"_s, u"new_rows"_s, idColumn),
        trigger.arg(table, u"delete"_s, u"DELETE"_s, u"OLD"_s, u"old_rows"_s, idColumn) };
}

QString rowNamingFunction(const QString &rows)
{
    return u"CREATE FUNCTION tandem_notify_%1() RETURNS trigger LANGUAGE plpgsql AS $$"
           " DECLARE named text; how_many integer;"
           " BEGIN"
           " EXECUTE format('SELECT count(*), string_agg(id::text, '','') FROM"
           " (SELECT DISTINCT %I AS id FROM %1 LIMIT %s) ids', TG_ARGV[0], %2) INTO how_many, named;"
           " IF how_many = 0 THEN RETURN NULL; END IF;"
           // TG_TABLE_NAME is a `name`: as text, or the CASE would cut the list at 63 bytes.
           " PERFORM pg_notify('%3', CASE WHEN how_many <= %4 THEN TG_TABLE_NAME::text || ':' || named"
           " ELSE TG_TABLE_NAME::text END);"
           " RETURN NULL; END $$"_s.arg(rows)
               .arg(ChangeFeed::maxNamedRows + 1)
               .arg(QLatin1StringView(ChangeFeed::notifyChannel))
               .arg(ChangeFeed::maxNamedRows);
}

Migration version30()
{
    Migration migration { 30, u"notifications name the changed conversations"_s,
        { postgresOnly(rowNamingFunction(u"new_rows"_s)), postgresOnly(rowNamingFunction(u"old_rows"_s)) } };
    const QList<std::pair<QString, QString>> named { { u"conversations"_s, u"id"_s },
        { u"conversation_tags"_s, u"conversation_id"_s }, { u"customers"_s, u"id"_s } };
    for (const auto &[table, column] : named) {
        for (const QString &statement : rowNamingTriggers(table, column))
            migration.steps.append(postgresOnly(statement));
    }
    return migration;
}

// The KPIs' first responses on a team server (issue 20) pair the period's messages with their answers by sorting
// them, ordered by time and then id; with the id in the (kind, direction, time) index PostgreSQL reads those
// rows from the index alone (77 ms at 1,000,000 interactions) instead of from 53,000 table pages (1 s). SQLite's
// indexes carry the row id already.
Migration version31()
{
    return { 31, u"first responses from the index"_s,
        {
            postgresOnly(u"DROP INDEX IF EXISTS interactions_by_kind_direction_time"_s),
            postgresOnly(u"CREATE INDEX interactions_by_kind_direction_time ON interactions"
                         " (kind, direction, occurred_at, customer_id, agent_id, superseded_by) INCLUDE (id)"_s),
        } };
}

// Customer search per keystroke on a team server (issue 20): a typed word is a prefix, and the list is in name
// order. PostgreSQL's word index finds a rare prefix's customers but must fetch and sort them all, and walking
// the name index finds a common prefix's first page but reads nearly every customer for a rare one; the
// planner guesses between them poorly (190 ms for "zo" at 100,000 customers). This table holds every customer's
// word beginnings of up to three letters beside the name, so a B-tree hands out any such prefix's customers in
// name order: a page is the index read up to its end, whatever the prefix. Merged customers are left out.
// The triggers run as the table's owner, since the desks' role may not delete rows.
Migration version32()
{
    const auto wordBeginnings = [](const QString &vector) {
        return u"unnest(tsvector_to_array(%1)) AS word, generate_series(1, least(%2, length(word))) AS n"_s.arg(
            vector, QString::number(SqlDialect::customerPrefixLength));
    };
    const QString insertInto = u"INSERT INTO customer_prefixes (prefix, sort_name, customer_id) SELECT DISTINCT"
                               " left(word, n), "_s;
    const QString addRows = insertInto + u"c.sort_name, c.id FROM %1 c, "_s + wordBeginnings(u"c.search_vector"_s)
        + u" WHERE c.merged_into IS NULL;"_s;
    const QString removeOld = u"DELETE FROM customer_prefixes WHERE customer_id = OLD.id AND sort_name = OLD.sort_name"
                              " AND prefix IN (SELECT left(word, n) FROM "_s
        + wordBeginnings(u"OLD.search_vector"_s) + u");"_s;
    const QString addNew = u"IF NEW.merged_into IS NULL THEN "_s + insertInto + u"NEW.sort_name, NEW.id FROM "_s
        + wordBeginnings(u"NEW.search_vector"_s) + u"; END IF;"_s;
    const QString maintain = u"CREATE FUNCTION tandem_customer_prefixes_%1() RETURNS trigger LANGUAGE plpgsql"
                             " SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN %2 RETURN NULL; END $$"_s;
    return { 32, u"customer names by prefix on the team server"_s,
        {
            postgresOnly(u"CREATE TABLE customer_prefixes (prefix TEXT NOT NULL, sort_name TEXT NOT NULL,"
                         " customer_id BIGINT NOT NULL, PRIMARY KEY (prefix, sort_name, customer_id))"_s),
            postgresOnly(maintain.arg(u"insert"_s, addRows.arg(u"new_rows"_s))),
            postgresOnly(maintain.arg(u"update"_s, removeOld + addNew)),
            postgresOnly(maintain.arg(u"delete"_s, removeOld)),
            postgresOnly(u"CREATE TRIGGER customers_prefixes_insert AFTER INSERT ON customers"
                         " REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT"
                         " EXECUTE FUNCTION tandem_customer_prefixes_insert()"_s),
            postgresOnly(u"CREATE TRIGGER customers_prefixes_update AFTER UPDATE OF sort_name, search_text,"
                         " merged_into ON customers FOR EACH ROW WHEN (OLD.sort_name IS DISTINCT FROM NEW.sort_name"
                         " OR OLD.search_text IS DISTINCT FROM NEW.search_text"
                         " OR OLD.merged_into IS DISTINCT FROM NEW.merged_into)"
                         " EXECUTE FUNCTION tandem_customer_prefixes_update()"_s),
            postgresOnly(u"CREATE TRIGGER customers_prefixes_delete AFTER DELETE ON customers FOR EACH ROW"
                         " EXECUTE FUNCTION tandem_customer_prefixes_delete()"_s),
            // After the triggers, as in version 34.
            postgresOnly(addRows.arg(u"customers"_s)),
        } };
}

// The KPIs' top complaint causes on a team server (issue 20): the cause is not in the (kind, direction, time)
// index, so PostgreSQL read a table page for each of the period's complaints (64 ms for 5,358 at 1,000,000
// interactions). A small index of current complaints alone answers it (5 ms). SQLite's covering rows make the
// same query cost it 10 ms already.
Migration version33()
{
    return { 33, u"complaint causes from an index"_s,
        {
            postgresOnly(u"CREATE INDEX interactions_complaints_by_time ON interactions (occurred_at)"
                         " INCLUDE (direction, complaint_cause_id, agent_id) WHERE kind = '%1'"
                         " AND superseded_by IS NULL"_s.arg(keyOf(InteractionKind::Complaint))),
        } };
}

// Every word of the interactions index on a team server (issue 20), so a search's last word, a prefix while the
// agent types, is looked up as the whole words it stands for, as on SQLite: the index finds "'update':*" by
// gathering the documents of every word that starts so into a bitmap before it can AND it with the other words
// (11 ms for "firmware update" at 1,000,000 interactions), and whole words straight from their lists (2 ms).
// Words are never removed: one no interaction holds any more is an alternative that matches nothing. The
// collation is C so that a range of words is a range of their beginnings. A statement inserts its words in
// order, so two desks adding the same new words wait for each other instead of deadlocking; two transactions of
// several statements each (a mail import's batch) adding the same two new words in turn can still deadlock,
// and PostgreSQL then takes one back (an import batch is then recorded mail by mail).
Migration version34()
{
    const auto addWords = [](const QString &from) {
        return u"INSERT INTO interaction_words (word) SELECT DISTINCT word FROM %1 ORDER BY word"
               " ON CONFLICT (word) DO NOTHING;"_s.arg(from);
    };
    const auto wordsOf = [](const QString &vector) { return u"unnest(tsvector_to_array(%1)) AS word"_s.arg(vector); };
    const QString maintain = u"CREATE FUNCTION tandem_interaction_words_%1() RETURNS trigger LANGUAGE plpgsql"
                             " SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN %2 RETURN NULL; END $$"_s;
    return { 34, u"the words of the interactions index on the team server"_s,
        {
            postgresOnly(u"CREATE TABLE interaction_words (word TEXT COLLATE \"C\" PRIMARY KEY)"_s),
            postgresOnly(maintain.arg(u"insert"_s, addWords(u"new_rows, "_s + wordsOf(u"new_rows.search_vector"_s)))),
            postgresOnly(maintain.arg(u"update"_s, addWords(wordsOf(u"NEW.search_vector"_s)))),
            postgresOnly(u"CREATE TRIGGER interactions_words_insert AFTER INSERT ON interactions"
                         " REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT"
                         " EXECUTE FUNCTION tandem_interaction_words_insert()"_s),
            postgresOnly(u"CREATE TRIGGER interactions_words_update AFTER UPDATE OF subject, body ON interactions"
                         " FOR EACH ROW WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector)"
                         " EXECUTE FUNCTION tandem_interaction_words_update()"_s),
            // After the triggers: their lock waits for the inserts under way and holds off new ones until this
            // commits, so a desk still on the last version loses no words to the upgrade.
            postgresOnly(addWords(u"interactions, "_s + wordsOf(u"interactions.search_vector"_s))),
        } };
}

// The word list without a key (issue 20): with one, a transaction adding a word another has added and not yet
// committed waits for that one, and two transactions of several statements each (a mail import's batch) that
// add the same two new words in turn deadlock. Without it a word two desks add at once is listed twice, and
// the search reads the list with DISTINCT; nobody waits.
Migration version35()
{
    const auto addWords = [](const QString &from) {
        return u"INSERT INTO interaction_words (word) SELECT DISTINCT u.word FROM %1 AS u(word) WHERE NOT EXISTS"
               " (SELECT 1 FROM interaction_words w WHERE w.word = u.word);"_s.arg(from);
    };
    const QString maintain = u"CREATE OR REPLACE FUNCTION tandem_interaction_words_%1() RETURNS trigger"
                             " LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN %2"
                             " RETURN NULL; END $$"_s;
    return { 35, u"the team server's word list without a key"_s,
        {
            postgresOnly(u"CREATE INDEX interaction_words_by_word ON interaction_words (word)"_s),
            postgresOnly(u"ALTER TABLE interaction_words DROP CONSTRAINT interaction_words_pkey"_s),
            postgresOnly(maintain.arg(u"insert"_s,
                addWords(u"new_rows CROSS JOIN LATERAL unnest(tsvector_to_array(new_rows.search_vector))"_s))),
            postgresOnly(maintain.arg(u"update"_s, addWords(u"unnest(tsvector_to_array(NEW.search_vector))"_s))),
        } };
}

} // namespace

const QString &sqliteInteractionsFullTextFill()
{
    static const QString fill = u"INSERT INTO interactions_fts (rowid, subject, body)"
                                " SELECT search_key, subject, body FROM interactions ORDER BY search_key"_s;
    return fill;
}

const QStringList &sqliteFullTextInsertTriggers()
{
    static const QStringList triggers {
        u"CREATE TRIGGER IF NOT EXISTS interactions_fts_insert AFTER INSERT ON interactions BEGIN"
        " INSERT INTO interactions_fts (rowid, subject, body) VALUES (new.search_key, new.subject, new.body); END"_s,
        u"CREATE TRIGGER IF NOT EXISTS customers_fts_insert AFTER INSERT ON customers BEGIN"
        " INSERT INTO customers_fts (rowid, search_text) VALUES (new.id, new.search_text); END"_s,
    };
    return triggers;
}

const QList<Migration> &allMigrations()
{
    static const QList<Migration> migrations { version1(), version2(), version3(), version4(), version5(), version6(),
        version7(), version8(), version9(), version10(), version11(), version12(), version13(), version14(),
        version15(), version16(), version17(), version19(), version20(), version22(), version23(), version24(),
        version25(), version28(), version29(), version30(), version31(), version32(), version33(), version34(),
        version35() };
    return migrations;
}

void applyMigrations(const QSqlDatabase &db, const SqlDialect &dialect, int from, int to)
{
    Query::execute(db, u"CREATE TABLE IF NOT EXISTS tandem_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
    for (const Migration &migration : allMigrations()) {
        if (migration.version <= from || migration.version > to)
            continue;
        for (const MigrationStep &step : migration.steps) {
            if (step.onlyFor && *step.onlyFor != dialect.backend())
                continue;
            if (step.rewrite)
                step.rewrite(db);
            else
                Query::execute(db, dialect.adapt(step.sql));
        }
    }
}

} // namespace tandem
