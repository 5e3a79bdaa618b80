<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tandem::AgentAccountForm</name>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::AgentsDialog</name>
    <message numerus="yes">
        <source>New password for %1 (at least %n character(s)):</source>
        <translation>
            <numerusform>New password for %1 (at least %n character):</numerusform>
            <numerusform>New password for %1 (at least %n characters):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ArticleService</name>
    <message numerus="yes">
        <source>The title is longer than %n character(s).</source>
        <translation>
            <numerusform>The title is longer than %n character.</numerusform>
            <numerusform>The title is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The category is longer than %n character(s).</source>
        <translation>
            <numerusform>The category is longer than %n character.</numerusform>
            <numerusform>The category is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is longer than %n character(s).</source>
        <translation>
            <numerusform>The text is longer than %n character.</numerusform>
            <numerusform>The text is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An article goes stale after 0 (never) to %n month(s).</source>
        <translation>
            <numerusform>An article goes stale after 0 (never) to %n month.</numerusform>
            <numerusform>An article goes stale after 0 (never) to %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::AuditSentence</name>
    <message numerus="yes">
        <source>Published the self-service site with %n article(s) to %1</source>
        <translation>
            <numerusform>Published the self-service site with %n article to %1</numerusform>
            <numerusform>Published the self-service site with %n articles to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::AuditViewer</name>
    <message numerus="yes">
        <source>Intact: %n entries checked, none changed or missing.</source>
        <translation>
            <numerusform>Intact: %n entry checked, none changed or missing.</numerusform>
            <numerusform>Intact: %n entries checked, none changed or missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ConversationPane</name>
    <message numerus="yes">
        <source>%1 is typing a reply…</source>
        <translation>
            <numerusform>%1 is typing a reply…</numerusform>
            <numerusform>%1 are typing a reply…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is viewing</source>
        <translation>
            <numerusform>%1 is viewing</numerusform>
            <numerusform>%1 are viewing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not loaded: Tandem never fetches remote content of a mail.</source>
        <translation>
            <numerusform>%n image not loaded: Tandem never fetches remote content of a mail.</numerusform>
            <numerusform>%n images not loaded: Tandem never fetches remote content of a mail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ConversationService</name>
    <message numerus="yes">
        <source>%1 replied</source>
        <translation>
            <numerusform>%1 replied</numerusform>
            <numerusform>%1 replied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::CustomerProfileService</name>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n survey answer</numerusform>
            <numerusform>%n survey answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalation</numerusform>
            <numerusform>%n escalations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::CustomerProfileWidget</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DetailsPanel</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::EscalationDialog</name>
    <message numerus="yes">
        <source>This customer already has %n open escalation(s):</source>
        <translation>
            <numerusform>This customer already has %n open escalation:</numerusform>
            <numerusform>This customer already has %n open escalations:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::GlobalSearchWidget</name>
    <message numerus="yes">
        <source>The first %n match(es); scroll down for more.</source>
        <translation>
            <numerusform>The first %n match; scroll down for more.</numerusform>
            <numerusform>The first %n matches; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n match.</numerusform>
            <numerusform>%n matches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::InboxWidget</name>
    <message numerus="yes">
        <source>%1 (%n conversation(s))</source>
        <translation>
            <numerusform>%1 (%n conversation)</numerusform>
            <numerusform>%1 (%n conversations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1: %n conversation</numerusform>
            <numerusform>%1: %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n overdue)</source>
        <translation>
            <numerusform>%1 (%2, %n overdue)</numerusform>
            <numerusform>%1 (%2, %n overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n active conversation(s), %2 waiting for an answer, %3 overdue</source>
        <translation>
            <numerusform>%1: %n active conversation, %2 waiting for an answer, %3 overdue</numerusform>
            <numerusform>%1: %n active conversations, %2 waiting for an answer, %3 overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::KbSitePublishing</name>
    <message numerus="yes">
        <source>The help site with %n article(s) is in %1. Copy the folder to your web host, or open index.html.</source>
        <translation>
            <numerusform>The help site with %n article is in %1. Copy the folder to your web host, or open index.html.</numerusform>
            <numerusform>The help site with %n articles is in %1. Copy the folder to your web host, or open index.html.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::KbSiteService</name>
    <message numerus="yes">
        <source>The company name is longer than %n character(s).</source>
        <translation>
            <numerusform>The company name is longer than %n character.</numerusform>
            <numerusform>The company name is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::KnowledgeBaseWidget</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested change(s) wait to be published:</source>
        <translation>
            <numerusform>%n suggested change waits to be published:</numerusform>
            <numerusform>%n suggested changes wait to be published:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::KpiDashboard</name>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Last %n week</numerusform>
            <numerusform>Last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) satisfied</source>
        <translation>
            <numerusform>%1 of %n answer satisfied</numerusform>
            <numerusform>%1 of %n answers satisfied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 promoters, %2 detractors of %n</source>
        <translation>
            <numerusform>%1 promoters, %2 detractors of %n</numerusform>
            <numerusform>%1 promoters, %2 detractors of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s); lower is easier</source>
        <translation>
            <numerusform>%n answer; lower is easier</numerusform>
            <numerusform>%n answers; lower is easier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) lost</source>
        <translation>
            <numerusform>%1 of %n customer lost</numerusform>
            <numerusform>%1 of %n customers lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n answered contact(s)</source>
        <translation>
            <numerusform>over %n answered contact</numerusform>
            <numerusform>over %n answered contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n resolved escalation(s)</source>
        <translation>
            <numerusform>over %n resolved escalation</numerusform>
            <numerusform>over %n resolved escalations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s) escalated</source>
        <translation>
            <numerusform>%1 of %n contact escalated</numerusform>
            <numerusform>%1 of %n contacts escalated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n due escalation(s) in time</source>
        <translation>
            <numerusform>%1 of %n due escalation in time</numerusform>
            <numerusform>%1 of %n due escalations in time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n resolution(s) reopened</source>
        <translation>
            <numerusform>%1 of %n resolution reopened</numerusform>
            <numerusform>%1 of %n resolutions reopened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) in time, %2 breached</source>
        <translation>
            <numerusform>%1 of %n answer in time, %2 breached</numerusform>
            <numerusform>%1 of %n answers in time, %2 breached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n time(s)</source>
        <translation>
            <numerusform>%1 — %n time</numerusform>
            <numerusform>%1 — %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 of %n linked stayed closed</source>
        <translation>
            <numerusform>, %1 of %n linked stayed closed</numerusform>
            <numerusform>, %1 of %n linked stayed closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unused: %n article(s)</source>
        <translation>
            <numerusform>Unused: %n article</numerusform>
            <numerusform>Unused: %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n closed conversation(s)</source>
        <translation>
            <numerusform>%1 of %n closed conversation</numerusform>
            <numerusform>%1 of %n closed conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::MainWindow</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::MergeCustomersDialog</name>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n survey answer</numerusform>
            <numerusform>%n survey answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalation</numerusform>
            <numerusform>%n escalations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other contact(s)</source>
        <translation>
            <numerusform>%n other contact</numerusform>
            <numerusform>%n other contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::MyFollowUpsWidget</name>
    <message numerus="yes">
        <source>%n follow-up(s) planned</source>
        <translation>
            <numerusform>%n follow-up planned</numerusform>
            <numerusform>%n follow-ups planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::RecordsBrowser</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::RecordsExportRunner</name>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::SpecialistQueueWidget</name>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalation</numerusform>
            <numerusform>%n escalations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TemplateEditorDialog</name>
    <message numerus="yes">
        <source>%n characters with sample values</source>
        <translation>
            <numerusform>%n character with sample values</numerusform>
            <numerusform>%n characters with sample values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TemplateLibraryWidget</name>
    <message numerus="yes">
        <source>Imported %n template(s).</source>
        <translation>
            <numerusform>Imported %n template.</numerusform>
            <numerusform>Imported %n templates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TemplatePickerDialog</name>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TemplateService</name>
    <message numerus="yes">
        <source>The name is too long (at most %n characters).</source>
        <translation>
            <numerusform>The name is too long (at most %n character).</numerusform>
            <numerusform>The name is too long (at most %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The category is too long (at most %n characters).</source>
        <translation>
            <numerusform>The category is too long (at most %n character).</numerusform>
            <numerusform>The category is too long (at most %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The shortcode is too long (at most %n characters).</source>
        <translation>
            <numerusform>The shortcode is too long (at most %n character).</numerusform>
            <numerusform>The shortcode is too long (at most %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more errors.</source>
        <translation>
            <numerusform>… and %n more error.</numerusform>
            <numerusform>… and %n more errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TimelineView</name>
    <message numerus="yes">
        <source>%1 of %n event(s) match</source>
        <translation>
            <numerusform>%1 of %n event matches</numerusform>
            <numerusform>%1 of %n events match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::WorkspaceCopier</name>
    <message numerus="yes">
        <source>%1 already holds %n record(s); nothing was copied. Copy into an empty workspace, or replace its contents on purpose.</source>
        <translation>
            <numerusform>%1 already holds %n record; nothing was copied. Copy into an empty workspace, or replace its contents on purpose.</numerusform>
            <numerusform>%1 already holds %n records; nothing was copied. Copy into an empty workspace, or replace its contents on purpose.</numerusform>
        </translation>
    </message>
</context>
</TS>
