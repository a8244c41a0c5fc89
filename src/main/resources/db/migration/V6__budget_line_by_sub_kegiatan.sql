-- Budget lines of a revision in sub kegiatan order, read by 'budget diff' as one ordered index
-- scan per stage (ORDER BY tenant_id, revision_id, sub_kegiatan, line_no): without it the embedded
-- database sorts every line of both stages on disk for each comparison.
CREATE INDEX ix_budget_line_sub_kegiatan ON budget_line (tenant_id, revision_id, sub_kegiatan, line_no);
