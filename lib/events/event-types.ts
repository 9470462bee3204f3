// The domain events operations record (lib/events/emit.ts) and lib/jobs/ reacts to. A payload
// carries what subscribers need without reading the change back: names as they were when it
// happened, ids to link to. Add a type here, emit it from the operation, subscribe in lib/jobs.

export interface CampaignPublished {
  type: "campaign.published";
  payload: {
    campaignId: string;
    name: string;
    publishedAt: string;
    variants: Array<{ id: string; market: string; locale: string }>;
  };
}

/** New (or revived) variants of a campaign: on publish and when a market is added. */
export interface VariantsCreated {
  type: "variants.created";
  payload: {
    campaignId: string;
    campaignName: string;
    variants: Array<{ id: string; market: string; locale: string; assigneeId: string | null }>;
  };
}

/** HQ changed a published block's source: these variants' blocks are outdated now. */
export interface VariantsOutdated {
  type: "variants.outdated";
  payload: {
    campaignId: string;
    campaignName: string;
    blockId: string;
    blockKey: string;
    sourceVersion: number;
    variants: Array<{ id: string; market: string; locale: string; assigneeId: string | null; previousState: string; state: string }>;
  };
}

/** Which variant an event is about, by id and by the names notifications and webhooks show. */
export interface VariantRef {
  variantId: string;
  campaignId: string;
  campaignName: string;
  marketId: string;
  market: string;
  locale: string;
}

export interface VariantStateChanged {
  type: "variant.state_changed";
  payload: VariantRef & {
    from: string;
    to: string;
    version: number;
    assigneeId: string | null;
    submittedById: string | null;
    actor: { id: string; name: string };
    comment: string | null;
  };
}

/** A variant was given to someone (or taken back): both people hear of it. */
export interface VariantAssigned {
  type: "variant.assigned";
  payload: VariantRef & {
    assigneeId: string | null;
    previousAssigneeId: string | null;
    dueDate: string | null;
    actor: { id: string; name: string };
  };
}

export interface CommentCreated {
  type: "comment.created";
  payload: {
    commentId: string;
    variantId: string;
    blockId: string | null;
    campaignName: string;
    market: string;
    actor: { id: string; name: string };
    body: string;
    /** Users mentioned who may see the variant (the author excluded). */
    mentionedUserIds: string[];
    /** The author of the comment replied to, if any. */
    parentAuthorId: string | null;
  };
}

export type DomainEventInput = CampaignPublished | VariantsCreated | VariantsOutdated | VariantStateChanged | VariantAssigned | CommentCreated;
export type DomainEventType = DomainEventInput["type"];
export type PayloadOf<T extends DomainEventType> = Extract<DomainEventInput, { type: T }>["payload"];

/** An event as subscribers receive it: the recorded row. */
export type RecordedEvent = {
  [T in DomainEventType]: { id: string; type: T; payload: PayloadOf<T>; occurredAt: Date };
}[DomainEventType];
