-- Created after loading: point lookups of one researcher's rows (person pages, the web API) use
-- these instead of scanning whole tables.
CREATE INDEX authorships_researcher ON authorships (researcher_id);
CREATE INDEX placements_authorship ON placements (authorship_id);
CREATE INDEX timeline_researcher ON timeline (researcher_id);
CREATE INDEX moves_researcher ON moves (researcher_id);
CREATE INDEX org_moves_to ON org_moves (to_organisation);
CREATE INDEX org_moves_from ON org_moves (from_organisation);
CREATE INDEX org_flows_organisation ON org_flows (organisation_id);
