/**
 * The entity stage: from the NLP layer's raw NER mentions to one {@link org.eventbase.model.Entity} per referent,
 * with canonical names, aliases, roles and attributes. {@link org.eventbase.entity.EntityStage} is the only public
 * type; the steps behind it are package-private: collect name mentions, link acronyms, cluster mentions, then
 * read roles and attributes from the words before and after each person's name.
 */
package org.eventbase.entity;
