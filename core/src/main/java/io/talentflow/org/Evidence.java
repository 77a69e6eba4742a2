package io.talentflow.org;

/** What in a text points to an organisation. */
enum Evidence
{
    /** One of its names, written out or abbreviated. */
    NAME,
    /** One of its acronyms, written in capitals. */
    ACRONYM,
    /** Its web or e-mail domain. */
    DOMAIN
}
