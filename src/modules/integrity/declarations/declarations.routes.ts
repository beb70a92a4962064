import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { requestContext } from '../../../platform/use-case';
import { listMemberNames } from '../custody/custody.repository';
import { canDeclare, canKeepRegister } from '../integrity.policy';
import {
  Declaration,
  DeclarationBody,
  DeclarationListQuery,
  DeclarationParams,
  EndBody,
  IncomeBody,
  IncomeParams,
  MyDeclarations,
  OfficeHolder,
  OfficeHolderBody,
  OrgParams,
  PersonParams,
  RegisterSettings,
  RegisterSettingsBody,
  ReviewBody,
} from './declarations.schemas';
import {
  confirmComplete,
  declare,
  endDeclaration,
  myDeclarations,
  reportIncome,
  withdrawDeclaration,
} from './use-cases/declare';
import { listHolderOverview, registerOfficeHolder } from './use-cases/office-holders';
import {
  getRegisterSettings,
  listForClerk,
  reviewDeclaration,
  updateRegisterSettings,
} from './use-cases/review';

const tags = ['integrity-side-positions'];

/** The register of side positions and interests: office holders declare, the clerk validates. */
export function registerDeclarationRoutes(scoped: FastifyInstance, deps: AppDeps) {
  const s = scoped.withTypeProvider<ZodTypeProvider>();
  const clerk = { policy: canKeepRegister };
  const holder = { policy: canDeclare };

  s.get(
    '/integrity/office-holders',
    {
      schema: {
        tags,
        summary: 'Office holders and who has not declared this year',
        params: OrgParams,
        response: { 200: z.array(OfficeHolder) },
      },
      config: clerk,
    },
    async (request) => listHolderOverview(requestContext(deps, request)),
  );

  s.get(
    '/integrity/office-holder-candidates',
    {
      schema: {
        tags,
        summary: 'Members who can be registered as office holder (names only)',
        params: OrgParams,
        response: { 200: z.array(z.object({ personId: z.uuid(), displayName: z.string() })) },
      },
      config: clerk,
    },
    async (request) =>
      (await listMemberNames(deps.db, request.params.orgId)).map((m) => ({
        personId: m.id,
        displayName: m.display_name,
      })),
  );

  s.put(
    '/integrity/office-holders/:personId',
    {
      schema: {
        tags,
        summary: 'Register a member as office holder',
        params: PersonParams,
        body: OfficeHolderBody,
        response: { 200: OfficeHolder },
      },
      config: clerk,
    },
    async (request) =>
      registerOfficeHolder(requestContext(deps, request), request.params.personId, request.body),
  );

  s.get(
    '/integrity/declarations',
    {
      schema: {
        tags,
        summary: 'Declarations, for validation',
        params: OrgParams,
        querystring: DeclarationListQuery,
        response: { 200: z.array(Declaration) },
      },
      config: clerk,
    },
    async (request) => listForClerk(requestContext(deps, request), request.query.status),
  );

  s.post(
    '/integrity/declarations/:declarationId/review',
    {
      schema: {
        tags,
        summary: 'Validate or reject a declaration',
        params: DeclarationParams,
        body: ReviewBody,
        response: { 204: z.null() },
      },
      config: clerk,
    },
    async (request, reply) => {
      await reviewDeclaration(
        requestContext(deps, request),
        request.params.declarationId,
        request.body,
      );
      return reply.status(204).send(null);
    },
  );

  s.get(
    '/integrity/register-settings',
    {
      schema: {
        tags,
        summary: 'Gift threshold',
        params: OrgParams,
        response: { 200: RegisterSettings },
      },
      config: holder,
    },
    async (request) => getRegisterSettings(requestContext(deps, request)),
  );

  s.put(
    '/integrity/register-settings',
    {
      schema: {
        tags,
        summary: 'Set the gift threshold',
        params: OrgParams,
        body: RegisterSettingsBody,
        response: { 200: RegisterSettings },
      },
      config: clerk,
    },
    async (request) =>
      updateRegisterSettings(requestContext(deps, request), request.body.giftThresholdCents),
  );

  s.get(
    '/integrity/my-declarations',
    {
      schema: {
        tags,
        summary: 'My side positions, interests and gifts',
        params: OrgParams,
        response: { 200: MyDeclarations },
      },
      config: holder,
    },
    async (request) => myDeclarations(requestContext(deps, request)),
  );

  s.post(
    '/integrity/my-declarations',
    {
      schema: {
        tags,
        summary: 'Declare a side position, financial interest or gift',
        params: OrgParams,
        body: DeclarationBody,
        response: { 201: MyDeclarations },
      },
      config: holder,
    },
    async (request, reply) => {
      const ctx = requestContext(deps, request);
      await declare(ctx, request.body);
      return reply.status(201).send(await myDeclarations(ctx));
    },
  );

  s.post(
    '/integrity/my-declarations/confirmation',
    {
      schema: {
        tags,
        summary: 'Confirm my declarations are complete (also: nothing to declare)',
        params: OrgParams,
        response: { 200: MyDeclarations },
      },
      config: holder,
    },
    async (request) => {
      const ctx = requestContext(deps, request);
      await confirmComplete(ctx);
      return myDeclarations(ctx);
    },
  );

  s.post(
    '/integrity/my-declarations/:declarationId/end',
    {
      schema: {
        tags,
        summary: 'End a side position or interest',
        params: DeclarationParams,
        body: EndBody,
        response: { 200: MyDeclarations },
      },
      config: holder,
    },
    async (request) => {
      const ctx = requestContext(deps, request);
      await endDeclaration(ctx, request.params.declarationId, request.body.endOn);
      return myDeclarations(ctx);
    },
  );

  s.post(
    '/integrity/my-declarations/:declarationId/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a declaration made in error',
        params: DeclarationParams,
        response: { 200: MyDeclarations },
      },
      config: holder,
    },
    async (request) => {
      const ctx = requestContext(deps, request);
      await withdrawDeclaration(ctx, request.params.declarationId);
      return myDeclarations(ctx);
    },
  );

  s.put(
    '/integrity/my-declarations/:declarationId/income/:year',
    {
      schema: {
        tags,
        summary: 'Report the income of a paid side position for a year',
        params: IncomeParams,
        body: IncomeBody,
        response: { 200: MyDeclarations },
      },
      config: holder,
    },
    async (request) => {
      const ctx = requestContext(deps, request);
      await reportIncome(
        ctx,
        request.params.declarationId,
        request.params.year,
        request.body.amountCents,
      );
      return myDeclarations(ctx);
    },
  );
}
