import { webhookLimits } from '#shared/webhook-rules.ts';
import { limits } from '#shared/limits.ts';
import { WebhookDeliveryStatus, WebhookEvent } from '../__generated__/prisma/enums.ts';
import { builder } from '../builder.ts';
import { nonEmptyQuery } from './planned-query.ts';
import { BadInputError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { createWebhook, deleteWebhook, sendTestWebhook, updateWebhook } from '../domain/webhooks.ts';
import { decodeNodeId } from './node-id.ts';

const editor = { authScopes: { editor: true } } as const;

export const WebhookEventEnum = builder.enumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: 'What a webhook is told about. PING is the test event ("send a test event"); it cannot be subscribed to.',
});
const WebhookDeliveryStatusEnum = builder.enumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

const WebhookDelivery = builder.prismaObject('WebhookDelivery', {
  description: 'One event sent (or being sent) to one webhook; its id is the `webhook-id` header of every attempt.',
  fields: (t) => ({
    id: t.exposeID('id'),
    event: t.expose('event', { type: WebhookEventEnum }),
    status: t.expose('status', { type: WebhookDeliveryStatusEnum }),
    attempts: t.exposeInt('attempts', { description: 'Attempts made so far.' }),
    responseStatus: t.exposeInt('responseStatus', {
      nullable: true,
      description: "The receiver's HTTP status at the last attempt; null when none came.",
    }),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'Why the last attempt failed (HTTP status, timeout, refused address…).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the next attempt is due; null once DELIVERED or FAILED.',
      select: { status: true, nextAttemptAt: true },
      resolve: (delivery) => (delivery.status === 'PENDING' ? delivery.nextAttemptAt : null),
    }),
  }),
});

const Webhook = builder.prismaNode('Webhook', {
  // node(id) answers null for anonymous callers, as for an unknown id.
  nullable: true,
  id: { field: 'id' },
  description: 'A receiver of change notifications, signed as Standard Webhooks specifies. The secret is shown only once, at creation.',
  findUnique: (id, ctx) => ({ id: ctx.viewer ? id : '' }),
  fields: (t) => ({
    url: t.exposeString('url'),
    description: t.exposeString('description', { nullable: true }),
    events: t.expose('events', { type: [WebhookEventEnum] }),
    enabled: t.exposeBoolean('enabled', { description: 'A disabled webhook is sent nothing; its pending deliveries wait.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    deliveries: t.relation('deliveries', {
      description: `The latest deliveries, newest first (first: 0–${limits.pageSizeMax}).`,
      args: { first: t.arg.int({ defaultValue: 20 }) },
      query: (args) => {
        const first = args.first ?? 20;
        if (first < 0 || first > limits.pageSizeMax) throw new BadInputError(`first must be 0–${limits.pageSizeMax}.`, 'first');
        return { take: first, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] };
      },
    }),
  }),
});

builder.queryField('webhooks', (t) =>
  t.prismaField({
    ...editor,
    type: [Webhook],
    description: `Every webhook, oldest first (editors only); a site has at most ${webhookLimits.webhooksMax}.`,
    extensions: { maxItems: webhookLimits.webhooksMax },
    resolve: (query, _root, _args, ctx) => ctx.prisma.webhook.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),
);

const CreateWebhookInput = builder.inputType('CreateWebhookInput', {
  fields: (t) => ({
    url: t.string({
      required: true,
      description: `http(s), at most ${webhookLimits.urlMax} characters, no credentials; must resolve to public addresses unless WEBHOOK_ALLOW_PRIVATE is on.`,
    }),
    events: t.field({ type: [WebhookEventEnum], required: true, description: 'At least one, each once; not PING.' }),
    description: t.string({ description: `At most ${webhookLimits.descriptionMax} characters.` }),
  }),
});

const UpdateWebhookInput = builder.inputType('UpdateWebhookInput', {
  description: 'Only the fields given change; an empty description clears it.',
  fields: (t) => ({
    id: t.id({ required: true }),
    url: t.string(),
    events: t.field({ type: [WebhookEventEnum] }),
    description: t.string(),
    enabled: t.boolean(),
  }),
});

const WebhookRefInput = builder.inputType('WebhookRefInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

const CreateWebhookPayload = builder.objectRef<{ webhook: { id: string }; secret: string }>('CreateWebhookPayload').implement({
  fields: (t) => ({
    secret: t.exposeString('secret', {
      description: 'The signing secret, "whsec_…" (Standard Webhooks). Shown only now: give it to the receiver to verify signatures.',
    }),
    webhook: t.prismaField({
      type: Webhook,
      nullable: false,
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.webhook.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: payload.webhook.id } }),
    }),
  }),
});

const webhookIdOf = (id: string | number) => decodeNodeId(String(id), 'Webhook', ['input', 'id']);
const given = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

builder.mutationFields((t) => ({
  createWebhook: t.field({
    ...editor,
    type: CreateWebhookPayload,
    description: 'Creates an enabled webhook; the answer carries its signing secret, shown only this once.',
    errors: { types: [ValidationError], directResult: true },
    args: { input: t.arg({ type: CreateWebhookInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createWebhook(ctx.prisma, { url: input.url, events: input.events, description: input.description }, ctx.webhooks),
  }),
  updateWebhook: t.prismaField({
    ...editor,
    type: Webhook,
    nullable: false,
    errors: { types: [NotFoundError, ValidationError], dataField: { name: 'webhook' } },
    args: { input: t.arg({ type: UpdateWebhookInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await updateWebhook(
        ctx.prisma,
        {
          id: webhookIdOf(input.id),
          url: given(input.url),
          events: given(input.events),
          description: input.description,
          enabled: given(input.enabled),
        },
        ctx.webhooks,
      );
      return ctx.prisma.webhook.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });
    },
  }),
  deleteWebhook: t.field({
    ...editor,
    type: 'ID',
    description: 'Deletes a webhook with its delivery log; pending deliveries are dropped.',
    errors: { types: [NotFoundError, ValidationError], dataField: { name: 'deletedWebhookId' } },
    args: { input: t.arg({ type: WebhookRefInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await deleteWebhook(ctx.prisma, { id: webhookIdOf(input.id) });
      return input.id;
    },
  }),
  sendTestWebhook: t.prismaField({
    ...editor,
    type: WebhookDelivery,
    nullable: false,
    description: 'Sends a PING event ("webhook.ping") to the webhook now; follow it in Webhook.deliveries.',
    errors: { types: [NotFoundError, ValidationError], dataField: { name: 'delivery' } },
    args: { input: t.arg({ type: WebhookRefInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await sendTestWebhook(ctx.prisma, { id: webhookIdOf(input.id) });
      return ctx.prisma.webhookDelivery.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });
    },
  }),
}));
