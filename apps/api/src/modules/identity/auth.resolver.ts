import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { Authenticated, Public, type Actor } from '../../core/auth/access';
import { CurrentActor, HttpExchange, type RequestWithActor } from '../../core/auth/request-context';
import type { AppConfig } from '../../core/config/config';
import { APP_CONFIG } from '../../core/config/config.module';
import { AuthService, type Session } from './auth.service';
import { LoginInput } from './dtos/identity.input';
import { toViewerModel } from './dtos/identity.mapper';
import { AuthPayloadModel, ViewerModel } from './dtos/identity.model';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie';
import { UsersService } from './users.service';

type Exchange = { req: RequestWithActor; res: Response };

@Resolver(() => ViewerModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Signs in and sets the httpOnly session cookie' })
  async login(@Args('input') input: LoginInput, @HttpExchange() { req, res }: Exchange): Promise<AuthPayloadModel> {
    return this.respond(await this.auth.login(input, req.ip ?? 'unknown', new Date()), req, res);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Exchanges the session cookie for a new access token (and a new cookie)' })
  async refreshSession(@HttpExchange() { req, res }: Exchange): Promise<AuthPayloadModel> {
    try {
      return this.respond(await this.auth.refresh(readSessionCookie(req), new Date()), req, res);
    } catch (error) {
      clearSessionCookie(res, this.config);
      throw error;
    }
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session of the cookie and clears it' })
  async logout(@HttpExchange() { req, res }: Exchange): Promise<boolean> {
    await this.auth.logout(readSessionCookie(req), new Date());
    clearSessionCookie(res, this.config);
    return true;
  }

  @Authenticated()
  @Query(() => ViewerModel)
  async me(@CurrentActor() actor: Actor): Promise<ViewerModel> {
    const { user, maison } = await this.users.viewer(actor);
    return toViewerModel(user, maison);
  }

  @Authenticated()
  @Mutation(() => ViewerModel)
  async updateMyLocale(@CurrentActor() actor: Actor, @Args('locale') locale: string): Promise<ViewerModel> {
    const { user, maison } = await this.users.updateMyLocale(actor, locale);
    return toViewerModel(user, maison);
  }

  /** Sets the cookie, and lets the rest of this request (the viewer's fields) act as the user just signed in. */
  private respond(session: Session, req: RequestWithActor, res: Response): AuthPayloadModel {
    req.actor = { userId: session.user.id, maisonId: session.maison.id, roles: session.user.roles };
    setSessionCookie(res, session.refreshCookie, this.config);
    return { accessToken: session.accessToken, expiresAt: session.expiresAt, viewer: toViewerModel(session.user, session.maison) };
  }
}
