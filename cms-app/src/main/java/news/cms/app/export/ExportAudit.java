package news.cms.app.export;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.account.Actor;
import news.cms.core.audit.AuditEntry;
import news.cms.core.audit.AuditLog;

/** The audit lines of the API's exports: who asked for which, and how it ended. */
@Singleton
class ExportAudit {

    private final AuditLog audit;

    ExportAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional
    void started(Actor actor, ExportJob job, String detail) {
        audit.record(AuditEntry.of(actor, "export.start", "export", job.id(), detail));
    }

    @Transactional
    void finished(Actor actor, ExportJob job, String detail) {
        audit.record(AuditEntry.of(actor, "export.finish", "export", job.id(), detail));
    }
}
